package jp.sukedachi.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.sukedachi.platform.AcceptLanguage;
import jp.sukedachi.platform.Texts;

/**
 * The language of the web UI: the user's choice, kept in the cookie {@value #COOKIE} (so choosing
 * needs no session and survives signing out), else the browser's (Japanese unless it asks for
 * English).
 */
@Named
@RequestScoped
public class Language {
  static final String COOKIE = "lang";
  private static final int A_YEAR = 365 * 24 * 60 * 60;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      Object chosen = external.getRequestCookieMap().get(COOKIE);
      locale = chosen instanceof Cookie c && ("ja".equals(c.getValue()) || "en".equals(c.getValue()))
          ? Texts.supported(Locale.forLanguageTag(c.getValue()))
          : fromBrowser(external);
    }
    return locale;
  }

  /**
   * The first of ja or en in Accept-Language; Japanese when the browser names neither or the
   * header is malformed (read leniently, as for the API).
   */
  private static Locale fromBrowser(ExternalContext external) {
    return AcceptLanguage.preferred(external.getRequestHeaderMap().get("Accept-Language"));
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public void use(String language) throws IOException {
    locale = Texts.supported(Locale.forLanguageTag(language));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    var external = faces.getExternalContext();
    Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
    cookie.setMaxAge(A_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(((HttpServletRequest) external.getRequest()).isSecure());
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    String view = faces.getViewRoot().getViewId();
    external.redirect(external.getRequestContextPath() + view);
  }
}
