package jp.sukedachi.platform.web;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
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
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
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
    Locale locale = locale(req);
    String title = Texts.message(locale, "problem.title.503");
    String detail = Texts.message(locale, "app.starting");
    res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    res.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    res.setHeader("Cache-Control", "no-store");
    res.setCharacterEncoding("UTF-8");
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      res.setContentType("application/problem+json");
      res.getWriter().write("{\"type\":\"urn:sukedachi:problem:app.starting\",\"title\":" + json(title)
          + ",\"status\":503,\"detail\":" + json(detail) + "}");
    } else {
      res.setContentType("text/html");
      res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
          + "<title>" + html(title) + "</title></head><body><h1>" + html(title) + "</h1><p>" + html(detail)
          + "</p></body></html>");
    }
  }

  /** Japanese unless the client prefers English; a header the container cannot parse means Japanese. */
  static Locale locale(HttpServletRequest req) {
    try {
      return Texts.preferred(req.getLocales().asIterator());
    } catch (RuntimeException malformed) {
      return Texts.JAPANESE;
    }
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
