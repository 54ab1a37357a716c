package jp.sukedachi.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.sukedachi.platform.ProblemFactory;

/**
 * The answers of {@code @RolesAllowed}, as problem+json in the language the client asked for.
 * Payara enforces the annotation on every JAX-RS resource with its own RolesAllowedDynamicFeature:
 * a caller without a valid bearer token gets {@link NotAuthorizedException}, one whose role is not
 * allowed {@link ForbiddenException}.
 */
public final class AccessDenied {
  private AccessDenied() {}

  /** No or no valid bearer token: 401 with the Bearer challenge. */
  @Provider
  public static class Unauthenticated implements ExceptionMapper<NotAuthorizedException> {
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(NotAuthorizedException e) {
      return challenge(problems);
    }
  }

  /** A known caller whose role may not do this: 403. */
  @Provider
  public static class WrongRole implements ExceptionMapper<ForbiddenException> {
    @Context SecurityContext security;
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(ForbiddenException e) {
      return security.getUserPrincipal() == null
          ? challenge(problems)
          : problems.problem(Status.FORBIDDEN, "error.forbidden");
    }
  }

  static Response challenge(ProblemFactory problems) {
    Response problem = problems.problem(Status.UNAUTHORIZED, "error.token");
    return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
  }
}
