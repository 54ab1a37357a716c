package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/backup.sh and scripts/restore.sh with the Debian PostgreSQL client tools against the
 * embedded PostgreSQL: a migrated database with data is backed up, restored into a fresh
 * database, and the copy has the same schema version, the same rows (Japanese text included)
 * and still works (its identity columns go on after the restored ids).
 */
class BackupRestoreTest {
  @TempDir Path dir;

  @Test
  void aBackupRestoresIntoAFreshDatabaseWithTheSameData() throws Exception {
    DataSource source = TestDatabase.freshDatabase("backup_source");
    Flyway.configure().dataSource(source).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    try (Connection c = source.getConnection()) {
      c.createStatement().execute("insert into account (email, password_hash, display_name, role) values "
          + "('owner@example.jp', 'x', '山田 太郎', 'SME'), ('expert@example.jp', 'y', 'Sato Hanako', 'EXPERT')");
    }
    Path dump = dir.resolve("nightly.dump");

    Result backup = run("scripts/backup.sh", "backup_source", dump.toString());
    assertThat(backup.exit()).as(backup.output()).isZero();
    assertThat(dump).isNotEmptyFile();
    assertThat(backup.output()).doesNotContain("postgres@").doesNotContain("password");

    DataSource restored = TestDatabase.freshDatabase("backup_restored");
    Result restore = run("scripts/restore.sh", "backup_restored", dump.toString());
    assertThat(restore.exit()).as(restore.output()).isZero();

    assertThat(snapshot(restored)).isEqualTo(snapshot(source));
    assertThat(rows(restored, "select display_name from account order by id")).containsExactly("山田 太郎", "Sato Hanako");
    assertThat(rows(restored, "select max(version) from flyway_schema_history"))
        .isEqualTo(rows(source, "select max(version) from flyway_schema_history"));
    try (Connection c = restored.getConnection()) {
      c.createStatement().execute("insert into account (email, password_hash, display_name, role) values "
          + "('new@example.jp', 'z', 'New', 'SME')");
    }
    assertThat(rows(restored, "select count(distinct id) from account")).containsExactly("3");

    Result again = run("scripts/restore.sh", "backup_restored", dump.toString());
    assertThat(again.exit()).as("a restore never overwrites a database that has tables").isEqualTo(3);
    assertThat(rows(restored, "select count(*) from account")).containsExactly("3");
  }

  private record Result(int exit, String output) {}

  private Result run(String script, String database, String file) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", script, file).directory(new File(".")).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("DB_"));
    // freshDatabase makes its databases on the embedded server, whatever DB_URL says
    env.put("DB_URL", TestDatabase.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + database));
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  /** Every table of the public schema with its row count and an md5 of its rows in a fixed order. */
  private static Map<String, String> snapshot(DataSource db) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    for (String table : rows(db, "select table_name from information_schema.tables "
        + "where table_schema = 'public' and table_type = 'BASE TABLE'")) {
      out.put(table, rows(db, "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') "
          + "from \"" + table + "\" t").get(0));
    }
    return out;
  }

  private static List<String> rows(DataSource d, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = d.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
