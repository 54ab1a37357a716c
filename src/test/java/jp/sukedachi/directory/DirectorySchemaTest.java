package jp.sukedachi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.sukedachi.directory.application.PublishedServices;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** V8 keeps the directory's invariants in PostgreSQL too: one published and one open revision per service. */
class DirectorySchemaTest {
  private static DataSource db;
  private static long service;

  @BeforeAll
  static void migrate() throws SQLException {
    db = TestDatabase.freshDatabase("directory_schema_test");
    Flyway.configure().dataSource(db).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into account (email, password_hash, display_name, role) values ('p@x.jp', 'h', 'P', 'PROVIDER')");
      s.execute("insert into provider (owner_account_id, name, corporate_number, address, contact_email, created_at, updated_at)"
          + " select id, 'お助けネット', '7000012050002', '熊本市', 'p@x.jp', now(), now() from account");
      s.execute("insert into listed_service (provider_id, availability, created_at, updated_at)"
          + " select id, 'ACTIVE', now(), now() from provider");
      s.execute("insert into listed_service (provider_id, availability, created_at, updated_at)"
          + " select id, 'ACTIVE', now(), now() from provider");
      var rs = s.executeQuery("select min(id) from listed_service");
      rs.next();
      service = rs.getLong(1);
    }
  }

  private static String revision(int no, String state) {
    return "insert into service_revision (service_id, revision_no, state, name, summary, service_class,"
        + " monitoring_type, monthly_yen_per_company, monthly_yen_per_device, one_off_yen, monitored_endpoints,"
        + " consultation_desk, consultation_hours, monitoring_24h, on_site_dispatch, insurance, insurer,"
        + " insurance_limit_yen, minimum_term_months, cancellation, ipa_registration_number, subsidy_eligible,"
        + " periodic_consulting, stronger_monitoring, catalogue_version, created_at, updated_at, submitted_at)"
        + " values (" + service + ", " + no + ", '" + state + "', 'S', '', 'CLASS_1', 'NETWORK', 9000, 0, 0, 10,"
        + " true, '9-18', true, true, true, 'I', 1000000, 12, '', 'N', true, false, false, '2026.1', now(), now(),"
        + " now())";
  }

  private static void run(String... sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        for (String q : sql) {
          s.execute(q);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  @Test
  void oneRevisionPerServiceIsPublishedAndOneIsOpenAndApprovalMaySwapThemInAnyOrder() throws SQLException {
    run(revision(1, "PUBLISHED"), revision(2, "SUBMITTED"));
    assertThatThrownBy(() -> run(revision(3, "PUBLISHED"))).isInstanceOf(SQLException.class)
        .hasMessageContaining("conflicting key");
    assertThatThrownBy(() -> run(revision(3, "DRAFT"))).isInstanceOf(SQLException.class)
        .hasMessageContaining("conflicting key");
    run("update service_revision set state = 'PUBLISHED' where service_id = " + service + " and revision_no = 2",
        "update service_revision set state = 'SUPERSEDED' where service_id = " + service + " and revision_no = 1");
    try (Connection c = db.getConnection(); var rs = c.createStatement().executeQuery(
        "select revision_no from service_revision where state = 'PUBLISHED'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void thePublishedServicesQueryReadsAThousandServicesInOneStatement() throws SQLException {
    DataSource big = TestDatabase.freshDatabase("directory_published_test");
    Flyway.configure().dataSource(big).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    try (Connection c = big.getConnection(); Statement s = c.createStatement()) {
      s.execute("insert into account (email, password_hash, display_name, role) values ('p@x.jp', 'h', 'P', 'PROVIDER')");
      s.execute("insert into provider (owner_account_id, name, corporate_number, address, contact_email, created_at,"
          + " updated_at) select id, 'お助けネット', '7000012050002', '熊本市', 'p@x.jp', now(), now() from account");
      s.execute("insert into listed_service (provider_id, availability, created_at, updated_at)"
          + " select p.id, case when g % 100 = 0 then 'SUSPENDED' else 'ACTIVE' end, now(), now()"
          + " from provider p, generate_series(1, 1010) g");
      s.execute(revision(1, "PUBLISHED").replace("values (" + service + ", 1,", "select l.id, 1,")
          .replace("now())", "now() from listed_service l"));
      s.execute("insert into service_revision_prefecture select r.id, p.code from service_revision r, prefecture p"
          + " where p.code in ('40', '43', '46')");
      s.execute("insert into service_revision_measure select r.id, m from service_revision r,"
          + " unnest(array['NET-UTM', 'INC-01']) m");
      s.execute("insert into service_revision_industry select id, 'MANUFACTURING' from service_revision where id % 2 = 0");
    }
    long started = System.nanoTime();
    List<PublishedService> all = new ArrayList<>();
    try (Connection c = big.getConnection(); var rs = c.createStatement().executeQuery(PublishedServices.SQL)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        all.add(PublishedServices.row(row));
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(all.size()).as("the ten suspended ones are not shown").isEqualTo(1000);
    PublishedService first = all.get(0);
    assertThat(first.dispatchPrefectures()).containsExactlyInAnyOrder("40", "43", "46");
    assertThat(first.measureCodes()).containsExactlyInAnyOrder("NET-UTM", "INC-01");
    assertThat(first.providerName()).isEqualTo("お助けネット");
    assertThat(first.monthlyYenPerCompany()).isEqualTo(9000);
    assertThat(first.publishedAt()).isNull();
    assertThat(all.stream().filter(p -> p.industries().equals(java.util.Set.of("MANUFACTURING"))).count())
        .as("even revision ids, but the ten suspended services").isEqualTo(495);
    assertThat(millis).as("one statement for a thousand services").isLessThan(1_000);
  }

  @Test
  void corporateNumbersAndPrefecturesAreChecked() {
    assertThatThrownBy(() -> run("update provider set corporate_number = '0123456789012'"))
        .isInstanceOf(SQLException.class).hasMessageContaining("corporate_number");
    assertThatThrownBy(() -> run(revision(1, "DRAFT").replace("values (" + service + ",",
            "values ((select max(id) from listed_service),"),
        "insert into service_revision_prefecture select max(id), '48' from service_revision"))
        .isInstanceOf(SQLException.class).hasMessageContaining("service_revision_prefecture_prefecture_code_fkey");
  }
}
