package jp.sukedachi.platform.web;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.sukedachi.platform.AcceptLanguage;
import jp.sukedachi.platform.Texts;

/**
 * A REST request whose {@code Content-Type} cannot be parsed is refused here with a 400 problem
 * naming the header: the JAX-RS servlet reads that header before any JAX-RS filter or exception
 * mapper runs, and would otherwise answer with the container's HTML error page.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiContentTypeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getHeader("Content-Type");
    if (type == null || readable(type)) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = AcceptLanguage.preferred(request.getHeader("Accept-Language"));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String body = Json.createObjectBuilder()
        .add("type", "urn:sukedachi:problem:error.bad-header")
        .add("title", Texts.message(locale, "problem.title.400"))
        .add("status", 400)
        .add("detail", Texts.message(locale, "error.bad-header", "Content-Type"))
        .add("instance", path.startsWith("/api/") ? path.substring("/api".length()) : path)
        .add("errors", Json.createArrayBuilder())
        .build().toString();
    response.setStatus(400);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }

  private static boolean readable(String type) {
    try {
      MediaType.valueOf(type);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
