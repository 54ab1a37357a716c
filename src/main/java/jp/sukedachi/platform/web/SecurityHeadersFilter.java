package jp.sukedachi.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import jp.sukedachi.platform.Texts;

/**
 * The security headers ({@link SecurityHeaders}) on everything the application answers: pages,
 * the REST API, style sheets and scripts, and (the application being at the server's root) the
 * health, metrics and OpenAPI endpoints. It runs again on the error dispatch, so the error page
 * of a 403, a 404 or a 500 has the page policy with PrimeFaces' nonce, and on forwards (the
 * welcome page). Responses the container makes before any filter runs get the same headers from
 * {@link AuthenticationResponseHeaders}.
 *
 * <p>It also refuses (403) a form posted to a page from another site: the browser says so in
 * {@code Sec-Fetch-Site}, or older ones in {@code Origin}. Signed-in users' forms are guarded by
 * their server-side view state and the SameSite session cookie too; the stateless forms of visitors
 * without a session (login, sign-up) are guarded by this check, so no other site can sign a
 * visitor in to an account of its choosing. (A postback that claims a stateless view while the
 * visitor has a session, or to a signed-in page, is refused by {@link StatelessWithoutSession}.)
 * The REST API takes no cookie and is not concerned.
 * A form posted without the script nonce that PrimeFaces adds to every form in the browser gets
 * 400 (PrimeFaces refuses it; that is no server error). Requests with no declared encoding are
 * read as UTF-8, which Faces cannot look up in a session that stateless views do not have.
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private transient Forwarding forwarding;
  private String pagePolicy;

  @Override
  public void init() {
    forwarding = Forwarding.fromConfig();
    pagePolicy = SecurityHeaders.pagePolicy(getServletContext());
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getDispatcherType() == DispatcherType.REQUEST && "POST".equals(req.getMethod())
        && !req.getRequestURI().startsWith(req.getContextPath() + "/api/") && crossSite(req)) {
      SecurityHeaders.apply(req, res, forwarding.secure(req), pagePolicy);
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (req.getDispatcherType() == DispatcherType.REQUEST && req.getCharacterEncoding() == null) {
      // Forms are UTF-8. Faces remembers the page's encoding in the session to read its postback;
      // the stateless views of visitors without one (StatelessWithoutSession) need it said here.
      req.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    boolean secure = forwarding.secure(req);
    SecurityHeaders.apply(req, res, secure, pagePolicy);
    GuardedResponse guarded = new GuardedResponse(res, secure && !req.isSecure(),
        GuardedResponse.requested(req.getHeader("Host"), req.getRequestURI()));
    try {
      chain.doFilter(req, guarded);
    } catch (ServletException e) {
      if (!isCspRefusal(e) || res.isCommitted()) {
        throw e;
      }
      // A form posted without the script nonce that PrimeFaces adds in the browser (a program
      // posting it), or with another page's: the client's error, not a 500 with a stack trace.
      res.reset(); // Faces has reset it already, headers included
      SecurityHeaders.apply(req, res, secure, SecurityHeaders.NOT_A_PAGE);
      res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      res.setContentType("text/plain;charset=UTF-8");
      res.getWriter().write(Texts.message(ServletProblems.locale(req), "error.bad-request"));
    } finally {
      guarded.beforeCommit();
    }
  }

  private static boolean isCspRefusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the browser says the request comes from a page of another origin. */
  static boolean crossSite(HttpServletRequest req) {
    String site = req.getHeader("Sec-Fetch-Site");
    if (site != null) {
      return !("same-origin".equals(site) || "none".equals(site));
    }
    String origin = req.getHeader("Origin");
    if (origin == null) {
      return false; // not a browser, or one that sends neither: nothing to tell
    }
    try {
      URI from = URI.create(origin.strip());
      String host = req.getHeader("Host");
      if (from.getScheme() == null || from.getHost() == null || host == null) {
        return true;
      }
      URI to = URI.create(from.getScheme() + "://" + host.strip());
      int standard = "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
      return !(from.getHost().equalsIgnoreCase(to.getHost())
          && (from.getPort() < 0 ? standard : from.getPort()) == (to.getPort() < 0 ? standard : to.getPort()));
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
