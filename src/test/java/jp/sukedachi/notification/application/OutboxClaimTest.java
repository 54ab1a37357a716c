package jp.sukedachi.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox claim on PostgreSQL with ddl/ applied: senders polling at the same time (as two
 * instances do) each get different mails, none waits for another, and a claimed mail is not due
 * again until its lease ends.
 */
class OutboxClaimTest {
  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(15);
  private static DataSource db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.freshDatabase("outbox_claim_test");
    Flyway.configure().dataSource(db).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
  }

  @BeforeEach
  void fiftyDueMails() throws SQLException {
    try (Connection c = db.getConnection(); var st = c.createStatement()) {
      st.execute("delete from mail_outbox");
      st.execute("insert into mail_outbox (recipient, subject, body, status, created_at, next_attempt_at) "
          + "select 'a' || n || '@example.jp', 's', 'b', 'PENDING', timestamptz '2026-03-31 23:00Z', "
          + "timestamptz '2026-03-31 23:00Z' + n * interval '1 second' from generate_series(1, 50) n");
      st.execute("insert into mail_outbox (recipient, subject, body, status, created_at, next_attempt_at) values "
          + "('later@example.jp', 's', 'b', 'PENDING', now(), timestamptz '2026-04-01 00:05Z'), "
          + "('sent@example.jp', 's', 'b', 'SENT', now(), timestamptz '2026-03-31 00:00Z'), "
          + "('failed@example.jp', 's', 'b', 'FAILED', now(), timestamptz '2026-03-31 00:00Z')");
    }
  }

  /** Claims in its own transaction; commits only when told to. */
  private static List<Long> claim(Connection c, int max, Instant now) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(OutboxStore.CLAIM)) {
      ps.setString(1, UUID.randomUUID().toString());
      ps.setTimestamp(2, Timestamp.from(now.plus(LEASE)));
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setInt(4, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  @Test
  void concurrentSendersClaimEachDueMailExactlyOnce() throws Exception {
    int senders = 4;
    CyclicBarrier together = new CyclicBarrier(senders);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Future<List<Long>>> claims = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        Callable<List<Long>> sender = () -> {
          List<Long> mine = new ArrayList<>();
          try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            together.await(10, TimeUnit.SECONDS);
            for (List<Long> batch = claim(c, 7, NOW); !batch.isEmpty(); batch = claim(c, 7, NOW)) {
              mine.addAll(batch);
            }
            c.commit();
          }
          return mine;
        };
        claims.add(pool.submit(sender));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> f : claims) {
        all.addAll(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(50).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSenderSkipsWhatAnotherHoldsInsteadOfWaiting() throws Exception {
    try (Connection first = db.getConnection(); Connection second = db.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      second.createStatement().execute("set lock_timeout = '2s'");
      List<Long> held = claim(first, 20, NOW);
      List<Long> other = claim(second, 100, NOW);
      assertThat(held).hasSize(20);
      assertThat(other).hasSize(30).doesNotContainAnyElementsOf(held);
      first.commit();
      second.commit();
    }
  }

  @Test
  void aClaimedMailIsNotDueAgainUntilItsLeaseEnds() throws SQLException {
    try (Connection c = db.getConnection()) {
      assertThat(claim(c, 100, NOW)).hasSize(50);
      assertThat(claim(c, 100, NOW.plus(Duration.ofMinutes(14)))).as("the later mail only").hasSize(1);
      assertThat(claim(c, 100, NOW.plus(LEASE).plusSeconds(1)))
          .as("the first leases are over; the later mail's, taken at 14 min, is not").hasSize(50);
    }
  }

  @Test
  void sentFailedAndNotYetDueMailsAreLeftAlone() throws SQLException {
    try (Connection c = db.getConnection()) {
      List<Long> ids = claim(c, 100, NOW);
      try (var rs = c.createStatement().executeQuery("select id from mail_outbox where recipient in "
          + "('later@example.jp', 'sent@example.jp', 'failed@example.jp')")) {
        while (rs.next()) {
          assertThat(ids).doesNotContain(rs.getLong(1));
        }
      }
    }
  }

  @Test
  void theOldestDueMailsGoFirst() throws SQLException {
    try (Connection c = db.getConnection();
        var rs = c.createStatement().executeQuery("select id from mail_outbox where status = 'PENDING' order by next_attempt_at, id limit 5")) {
      List<Long> oldest = new ArrayList<>();
      while (rs.next()) {
        oldest.add(rs.getLong(1));
      }
      assertThat(claim(c, 5, NOW)).containsExactlyInAnyOrderElementsOf(oldest);
    }
  }
}
