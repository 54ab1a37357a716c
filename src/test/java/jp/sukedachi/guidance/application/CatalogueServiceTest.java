package jp.sukedachi.guidance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import javax.sql.DataSource;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** At start the service loads the newest catalogue and refuses one that breaks an integrity rule. */
class CatalogueServiceTest {

  private static DataSource migrated(String name) {
    DataSource d = TestDatabase.freshDatabase(name);
    Flyway.configure().dataSource(d).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    return d;
  }

  private static CatalogueService started(DataSource d) {
    CatalogueService service = new CatalogueService();
    service.dataSource = d;
    service.load();
    return service;
  }

  @Test
  void theMigratedCatalogueLoads() {
    assertThat(started(migrated("catalogue_service_ok")).current().version()).isEqualTo("2026.2");
  }

  @Test
  void aBrokenCatalogueFailsTheStartListingEveryViolation() throws SQLException {
    DataSource d = migrated("catalogue_service_broken");
    try (var c = d.getConnection(); var st = c.createStatement()) {
      st.execute("delete from measure_route where route_code = 'EXPOSED_SYSTEM'");
      st.execute("delete from measure_damage where threat_code = 'DDOS'");
      st.execute("update measure set title_en = '' where code = 'FIVE-02' and catalogue_version = '2026.2'");
    }
    assertThatThrownBy(() -> started(d))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Measure catalogue 2026.2 breaks 2 integrity rule(s)")
        .hasMessageContaining("no measure reduces threat DDOS")
        .hasMessageContaining("measure FIVE-02 title has no English text");
  }
}
