package jp.sukedachi.platform;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps every exception category once to problem+json. */
public final class ProblemMappers {
  private ProblemMappers() {}

  /** Domain exceptions: each subclass has its status. */
  @Provider
  public static class Domain implements ExceptionMapper<DomainException> {
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(DomainException e) {
      return answer(problems, e);
    }

    static Response answer(ProblemFactory problems, DomainException e) {
      if (e instanceof InvalidInputException invalid) {
        return problems.problem(Status.BAD_REQUEST, invalid.key(), invalid.errors());
      }
      Status status = statusOf(e);
      Response r = problems.problem(status, e.key(), e.args());
      return status == Status.UNAUTHORIZED
          ? Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build()
          : r;
    }

    private static Status statusOf(DomainException e) {
      if (e instanceof NotFoundException) {
        return Status.NOT_FOUND;
      } else if (e instanceof ConflictException) {
        return Status.CONFLICT;
      } else if (e instanceof ForbiddenException) {
        return Status.FORBIDDEN;
      } else if (e instanceof UnauthenticatedException) {
        return Status.UNAUTHORIZED;
      } else if (e instanceof UnavailableException) {
        return Status.SERVICE_UNAVAILABLE;
      } else if (e instanceof MalformedBodyException m && m.tooLarge()) {
        return Status.REQUEST_ENTITY_TOO_LARGE;
      }
      return Status.BAD_REQUEST;
    }
  }

  /** Bean Validation on resource parameters. */
  @Provider
  public static class Violations implements ExceptionMapper<ConstraintViolationException> {
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      var invalid = Inputs.toInvalidInput(e.getConstraintViolations());
      return problems.problem(Status.BAD_REQUEST, invalid.key(), invalid.errors());
    }
  }

  /** A body that is not JSON or has a value of the wrong type. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<JsonbException> {
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(JsonbException e) {
      return problems.problem(Status.BAD_REQUEST, "error.unreadable-body");
    }
  }

  /**
   * Jersey wraps body-reading failures in ProcessingException, and reports a request header it
   * cannot parse (a malformed Accept, Content-Type or Cookie) as its subclass HeaderValueException,
   * whose message names the header.
   */
  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    private static final Pattern HEADER = Pattern.compile("\"([A-Za-z0-9-]{1,40})\" header");
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(ProcessingException e) {
      if (e.getCause() instanceof DomainException domain) {
        return Domain.answer(problems, domain);
      }
      Matcher header = HEADER.matcher(String.valueOf(e.getMessage()));
      if (e.getClass().getSimpleName().equals("HeaderValueException") && header.find()) {
        return problems.problem(Status.BAD_REQUEST, "error.bad-header", header.group(1));
      }
      return problems.problem(Status.BAD_REQUEST, "error.unreadable-body");
    }
  }

  /** Framework errors (404 route, 405, 415...) keep their status but speak problem+json. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(WebApplicationException e) {
      int code = e.getResponse().getStatus();
      Status status = Status.fromStatusCode(code);
      if (status == null || code >= 500) {
        return problems.problem(Status.INTERNAL_SERVER_ERROR, "error.internal");
      }
      if (e.getCause() instanceof JsonbException) {
        return problems.problem(Status.BAD_REQUEST, "error.unreadable-body");
      }
      String key = "error.bad-request";
      if (e instanceof NotAcceptableException) {
        // Answered as problem+json whatever Accept says: RFC 9110 allows a response the client
        // did not ask for, and an error the client can read beats an empty one.
        key = "error.not-acceptable";
      } else if (e instanceof NotAllowedException) {
        key = "error.method-not-allowed";
      } else if (e instanceof NotSupportedException) {
        key = "error.unsupported-media-type";
      } else if (code == 404) {
        key = "error.no-such-resource";
      } else if (code == 401) {
        key = "error.credentials";
      } else if (code == 403) {
        key = "error.forbidden";
      }
      return problems.problem(status, key);
    }
  }

  /**
   * Anything else. What the database refused because of the request or of a concurrent one is
   * the client's side of the story ({@link DatabaseRefusals}), answered 4xx and logged in one line
   * without a stack trace; the rest is our fault: logged in full, never shown.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
    @Inject ProblemFactory problems;

    @Override
    public Response toResponse(Exception e) {
      if (DatabaseOutage.causedBy(e)) { // cluster (issue #10): PostgreSQL away for now is 503, not a bug
        LOG.warning(() -> "Database unavailable: " + e);
        return Response.fromResponse(problems.problem(Status.SERVICE_UNAVAILABLE, "error.databaseUnavailable"))
            .header("Retry-After", "5").build();
      }
      Throwable t = e.getCause();
      for (int i = 0; t != null && i < 32; i++, t = t.getCause()) {
        if (t instanceof DomainException domain) {
          return Domain.answer(problems, domain);
        }
      }
      var refusal = DatabaseRefusals.of(e);
      if (refusal.isPresent()) {
        LOG.info(() -> "Refused with " + refusal.get().status() + ": " + refusal.get().reason());
        return problems.problem(refusal.get().status(), refusal.get().key());
      }
      LOG.log(Level.SEVERE, "Unexpected error", e);
      return problems.problem(Status.INTERNAL_SERVER_ERROR, "error.internal");
    }
  }
}
