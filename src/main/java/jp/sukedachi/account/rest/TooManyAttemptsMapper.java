package jp.sukedachi.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jp.sukedachi.account.application.TooManyAttempts;
import jp.sukedachi.platform.ProblemFactory;

/** Over a rate limit: 429 problem+json with {@code Retry-After} in seconds. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttempts> {
  @Inject ProblemFactory problems;

  @Override
  public Response toResponse(TooManyAttempts e) {
    Response problem = problems.problem(Status.TOO_MANY_REQUESTS, e.key(), e.args());
    return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
  }
}
