package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A database that is away for now is told apart from a bug, however deep the cause is wrapped. */
class DatabaseOutageTest {
  @Test
  void connectionFailuresAndShutdownsAreOutages() {
    assertThat(DatabaseOutage.causedBy(new PersistenceException(new RuntimeException(
        new SQLException("Connection refused", "08001"))))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection due to "
        + "administrator command", "57P01")))).isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool empty"))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new SQLException("too many clients", "53300"))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("relation does not exist", "42P01"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
  }
}
