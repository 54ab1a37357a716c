package jp.sukedachi.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;

/**
 * The signed-in web user lives in the HTTP session (replicable across instances, never a static
 * map). The authentication mechanism reads it on every page request; the REST API never does.
 */
public final class WebSession {
  private static final String ATTRIBUTE = "sukedachi.principal";

  private WebSession() {}

  /** Signs the user in under a fresh session id, so an id planted before login is worthless. */
  public static void start(HttpServletRequest request, AccountPrincipal principal) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, principal);
  }

  /** The signed-in user of this request's session; never creates a session. */
  public static Optional<AccountPrincipal> principal(HttpServletRequest request) {
    return of(request.getSession(false));
  }

  public static Optional<AccountPrincipal> of(HttpSession session) {
    return Optional.ofNullable(session == null ? null : (AccountPrincipal) session.getAttribute(ATTRIBUTE));
  }
}
