package jp.sukedachi.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * The PostgreSQL the tests use: the one named by {@code DB_URL}, or else one embedded
 * PostgreSQL per test JVM (fresh data directory, random port on 127.0.0.1).
 */
public final class TestDatabase {
  private static EmbeddedPostgres embedded;

  private TestDatabase() {}

  public static boolean external() {
    return System.getenv("DB_URL") != null;
  }

  public static synchronized EmbeddedPostgres embedded() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
    }
    return embedded;
  }

  /** A fresh, empty database on the embedded server. */
  public static DataSource freshDatabase(String name) {
    EmbeddedPostgres pg = embedded();
    try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return pg.getDatabase("postgres", name);
  }

  /**
   * A connection to the database the application under test uses, for scenarios that must make
   * time pass (a deadline) or look at what the API does not show.
   */
  public static java.sql.Connection appConnection() throws java.sql.SQLException {
    if (external()) {
      return java.sql.DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
          System.getenv("DB_PASSWORD"));
    }
    return java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
  }

  public static String jdbcUrl() {
    return embedded().getJdbcUrl("postgres", "postgres").replace("//localhost:", "//127.0.0.1:");
  }

  private static synchronized void stop() {
    try {
      if (embedded != null) {
        embedded.close();
      }
    } catch (IOException e) {
      // the JVM is exiting
    }
  }
}
