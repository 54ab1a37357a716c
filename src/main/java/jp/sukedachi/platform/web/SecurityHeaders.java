package jp.sukedachi.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, in one place: the filter sets them on whatever the
 * application answers ({@link SecurityHeadersFilter}), the authentication decorator on what the
 * container answers before any filter runs (the redirect to the login page,
 * {@link AuthenticationResponseHeaders}).
 *
 * <p>Content-Security-Policy: a page (a Faces view) gets the policy of the context parameter
 * {@value #PAGE_POLICY_PARAMETER} in web.xml, to which PrimeFaces adds the nonce of its scripts
 * ({@code primefaces.CSP}); until PrimeFaces does (and for a page it does not render) the same
 * policy without a nonce applies, which runs no inline script at all. Anything else (the REST API,
 * health, metrics, OpenAPI, style sheets and scripts, redirects) is no document to render and
 * gets {@value #NOT_A_PAGE}.
 */
public final class SecurityHeaders {
  static final String PAGE_POLICY_PARAMETER = "primefaces.CSP_POLICY";
  static final String NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String CSP = "Content-Security-Policy";
  private static final String RESOURCES = "/jakarta.faces.resource/";

  private SecurityHeaders() {}

  /** The pages' policy without PrimeFaces' nonce, as web.xml gives it (script-src comes last there). */
  static String pagePolicy(ServletContext context) {
    String policy = context.getInitParameter(PAGE_POLICY_PARAMETER);
    if (policy == null || policy.isBlank()) {
      throw new IllegalStateException("web.xml must give the pages' content security policy in " + PAGE_POLICY_PARAMETER);
    }
    return policy.strip().endsWith(";") ? policy.strip() : policy.strip() + ";";
  }

  /** Sets the headers for this request's response; {@code secure}: the client came over TLS. */
  static void apply(HttpServletRequest request, HttpServletResponse response, boolean secure, String pagePolicy) {
    String path = path(request);
    boolean resource = path.startsWith(RESOURCES);
    boolean page = !resource && (path.endsWith(".xhtml") || path.isEmpty() || path.equals("/"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    response.setHeader(CSP, page ? pagePolicy : NOT_A_PAGE);
    if (!resource) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (secure) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }

  /** The path within the application of the resource being served (the error page's in an error dispatch). */
  private static String path(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String info = request.getPathInfo();
    return (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
  }
}
