package jp.sukedachi.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import jp.sukedachi.platform.AcceptLanguage;
import jp.sukedachi.platform.Texts;

/** The language of the web UI: from the browser at first (Japanese unless it asks for English), then the user's choice. */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;
  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromBrowser(FacesContext.getCurrentInstance().getExternalContext());
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
    String view = faces.getViewRoot().getViewId();
    external.redirect(external.getRequestContextPath() + view);
  }
}
