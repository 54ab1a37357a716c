package jp.sukedachi.account.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.platform.ProblemFactory;

/**
 * Every API call but sign-up and token issue needs {@code Authorization: Bearer <token>}. The API
 * never looks at session cookies, so a browser session cannot be used for cross-site requests.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
  private static final String PREFIX = "Bearer ";

  @Inject AccountService accounts;
  @Inject ProblemFactory problems;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic(request)) {
      return;
    }
    String token = tokenOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Optional<AccountPrincipal> principal =
        token == null ? Optional.empty() : accounts.findByToken(token);
    if (principal.isEmpty()) {
      Response denied = problems.problem(Response.Status.UNAUTHORIZED, "error.token");
      request.abortWith(Response.fromResponse(denied).header("WWW-Authenticate", "Bearer").build());
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new TokenSecurityContext(principal.get(), secure));
  }

  static String tokenOf(String authorization) {
    if (authorization == null || !authorization.startsWith(PREFIX)) {
      return null;
    }
    String token = authorization.substring(PREFIX.length()).strip();
    return token.isEmpty() || token.length() > 200 ? null : token;
  }

  private static boolean isPublic(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceAll("^/+", "").replaceAll("/+$", "");
    boolean post = "POST".equals(request.getMethod());
    return post && ("v1/accounts".equals(path) || "v1/auth/token".equals(path));
  }

  private record TokenSecurityContext(AccountPrincipal principal, boolean secure)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
