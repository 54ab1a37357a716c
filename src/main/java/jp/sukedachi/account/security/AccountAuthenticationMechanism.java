package jp.sukedachi.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.AccountPrincipal;

/**
 * The application's one authentication mechanism (Jakarta Security), asked on every request.
 *
 * <ul>
 *   <li>A call under {@code /api/} is known by its bearer token alone. The API never reads the
 *       session cookie, so a cross-site request carries no authority, and it never creates a
 *       session. Without a valid token the call goes on anonymously and {@code @RolesAllowed}
 *       answers 401 (Payara enforces it; see {@code account.rest.AccessDenied}); sign-up and token issue are
 *       {@code @PermitAll}.
 *   <li>A page request is known by the user signed in to its session ({@link WebSession}). An
 *       anonymous request for a page that web.xml protects is sent to the login page; a Faces ajax
 *       request gets a partial-response redirect instead, which the page follows.
 * </ul>
 *
 * The container is told the caller's {@link AccountPrincipal} and its role as group, so
 * {@code getUserPrincipal()} is the AccountPrincipal itself and roles need no lookup.
 */
@ApplicationScoped
public class AccountAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    boolean api = isApi(request);
    Optional<AccountPrincipal> caller = api
        ? BearerToken.of(request.getHeader("Authorization")).flatMap(accounts::findByToken)
        : WebSession.principal(request);
    if (caller.isPresent()) {
      AccountPrincipal principal = caller.get();
      return context.notifyContainerAboutLogin(principal, Roles.groupsOf(principal.role()));
    }
    if (api || !context.isProtected()) {
      return context.doNothing();
    }
    return toLoginPage(request, response, context);
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    String login = request.getContextPath() + LOGIN_PAGE;
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(login);
    }
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
          + "<redirect url=\"" + login + "\"/></partial-response>");
    } catch (IOException e) {
      throw new AuthenticationException("Cannot send the login redirect", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
