package jp.sukedachi.platform.web;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import jp.sukedachi.platform.Started;
import jp.sukedachi.platform.Texts;

/**
 * Answers 503 with {@code Retry-After} until the application has started ({@link Started}):
 * problem+json under {@code /api/}, a plain localised page otherwise. Without it a request that
 * arrives while migrations or start-up beans still run meets half a service (404, 403 or 500).
 * Mapped in web.xml on /* after {@link SecurityHeadersFilter}, so the 503 has the security headers.
 */
public class ReadinessGate extends HttpFilter {
  static final String RETRY_AFTER_SECONDS = "5";

  @Inject @Readiness Started started;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (started.isStarted()) {
      chain.doFilter(req, res);
      return;
    }
    res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    res.setHeader("Cache-Control", "no-store");
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      ServletProblems.write(req, res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "app.starting");
      return;
    }
    Locale locale = ServletProblems.locale(req);
    String title = Texts.message(locale, "problem.title.503");
    String detail = Texts.message(locale, "app.starting");
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setCharacterEncoding("UTF-8");
    res.setContentType("text/html");
    res.setHeader("Content-Language", locale.toLanguageTag());
    res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
        + "<title>" + html(title) + "</title></head><body><h1>" + html(title) + "</h1><p>" + html(detail)
        + "</p></body></html>");
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
