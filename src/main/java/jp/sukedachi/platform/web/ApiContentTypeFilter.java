package jp.sukedachi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * A REST request whose {@code Content-Type} cannot be parsed is refused here with a 400 problem
 * naming the header: the JAX-RS servlet reads that header before any JAX-RS filter or exception
 * mapper runs, and would otherwise answer with the container's HTML error page. Mapped in web.xml
 * on /api/* (after {@link SecurityHeadersFilter}, so the 400 has the security headers).
 */
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
    ServletProblems.write(request, response, 400, "error.bad-header", "Content-Type");
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
