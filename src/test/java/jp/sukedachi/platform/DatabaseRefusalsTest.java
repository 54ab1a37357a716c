package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the database refused, found however deeply it is wrapped, and whose problem it is. */
class DatabaseRefusalsTest {

  private static RuntimeException wrapped(Throwable cause) {
    return new IllegalStateException("transaction", new PersistenceException("jpa", cause));
  }

  @Test
  void aConcurrentChangeIsAConflictTheClientCanRetry() {
    assertThat(DatabaseRefusals.of(new OptimisticLockException("changed"))).get()
        .extracting(DatabaseRefusals.Refusal::status).isEqualTo(Status.CONFLICT);
    for (String state : new String[] {"23505", "40001", "40P01"}) {
      assertThat(DatabaseRefusals.of(wrapped(new SQLException("x", state)))).get()
          .satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.CONFLICT);
            assertThat(r.key()).isEqualTo("error.concurrent-change");
          });
    }
  }

  @Test
  void aValueTheDatabaseCannotStoreIsBadInput() {
    for (String state : new String[] {"22021", "22003", "22001", "23514"}) {
      assertThat(DatabaseRefusals.of(wrapped(new SQLException("x", state)))).get()
          .extracting(DatabaseRefusals.Refusal::status).isEqualTo(Status.BAD_REQUEST);
    }
  }

  @Test
  void anythingElseStaysAServerError() {
    assertThat(DatabaseRefusals.of(wrapped(new SQLException("connection", "08006")))).isEmpty();
    assertThat(DatabaseRefusals.of(wrapped(new SQLException("no state")))).isEmpty();
    assertThat(DatabaseRefusals.of(new NullPointerException())).isEmpty();
  }
}
