package jp.sukedachi.platform;

import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads an exception from the persistence layer (however deeply the transaction, the EJB or the
 * JPA provider wrapped it) for what the database refused, so that it is answered as the client's
 * problem rather than a 500: a concurrent change of the same row (optimistic lock, a duplicate key
 * on a concurrent first insert, a serialization failure or deadlock) is a 409 the client can
 * retry; a value PostgreSQL cannot store (SQLState class 22: a NUL byte, a number out of range, a
 * string too long) or one that breaks a check or not-null rule is a 400. Anything else is not a
 * refusal and stays a server error.
 */
public final class DatabaseRefusals {
  private static final int MAX_CAUSES = 32;

  private DatabaseRefusals() {}

  /** What the refusal means for the client. */
  public record Refusal(Status status, String key, String reason) {}

  public static Optional<Refusal> of(Throwable error) {
    Throwable t = error;
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.equals("OptimisticLockException") || name.equals("EntityExistsException")) {
        return Optional.of(new Refusal(Status.CONFLICT, "error.concurrent-change", name));
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        Optional<Refusal> refusal = ofState(sql.getSQLState());
        if (refusal.isPresent()) {
          return refusal;
        }
      }
    }
    return Optional.empty();
  }

  /** The meaning of a PostgreSQL SQLState, if it is a refusal of the request. */
  static Optional<Refusal> ofState(String state) {
    String reason = "SQLState " + state;
    if (state.equals("23505") || state.equals("23503") || state.equals("40001") || state.equals("40P01")) {
      return Optional.of(new Refusal(Status.CONFLICT, "error.concurrent-change", reason));
    } else if (state.startsWith("22") || state.equals("23514") || state.equals("23502")) {
      return Optional.of(new Refusal(Status.BAD_REQUEST, "error.data-rejected", reason));
    }
    return Optional.empty();
  }
}
