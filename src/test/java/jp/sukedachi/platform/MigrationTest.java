package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import jp.sukedachi.assessment.domain.Industry;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.assessment.domain.SelfCheckSheet;
import jp.sukedachi.guidance.domain.ApplicabilityFactor;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.infrastructure.CatalogueReader;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The migrations in ddl/ apply to a fresh PostgreSQL and agree with the code's reference data. */
class MigrationTest {
  private static DataSource db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.freshDatabase("migration_test");
    Flyway.configure().dataSource(db).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
  }

  private static DataSource migrated(String name) {
    DataSource d = TestDatabase.freshDatabase(name);
    Flyway.configure().dataSource(d).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    return d;
  }

  private static List<String> rows(String sql) throws SQLException {
    return rows(db, sql);
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

  @Test
  void industryThresholdsInTheDatabaseMatchTheClassifier() throws SQLException {
    List<String> expected = Arrays.stream(Industry.values())
        .map(i -> i.name() + ":" + i.smeCapitalLimitYen() + ":" + i.smeEmployeeLimit() + ":" + i.smallEmployeeLimit())
        .sorted().toList();
    assertThat(rows("select code || ':' || sme_capital_limit_yen || ':' || sme_employee_limit || ':' "
        + "|| small_employee_limit from industry order by 1")).isEqualTo(expected);
  }

  @Test
  void all47PrefecturesAndThe25ItemsInTheirParts() throws SQLException {
    assertThat(rows("select count(*) from prefecture")).containsExactly("47");
    assertThat(rows("select name_ja from prefecture where code = '13'")).containsExactly("東京都");
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      expected.add(i + ":" + SelfCheckSheet.partOf(i));
    }
    assertThat(rows("select item_no || ':' || part from self_check_item order by item_no")).isEqualTo(expected);
  }

  @Test
  void assetTypesMatchTheCode() throws SQLException {
    assertThat(rows("select code from it_asset_type order by code"))
        .isEqualTo(Arrays.stream(ItAssetType.values()).map(Enum::name).sorted().toList());
  }

  @Test
  void catalogueV2MovedTheCommaSeparatedColumnsIntoTypedRows() throws SQLException {
    assertThat(rows("select count(*) from information_schema.columns where table_name = 'measure' "
        + "and column_name in ('deliverers', 'applies_to')")).containsExactly("0");
    assertThat(rows("select deliverer from measure_deliverer where catalogue_version = '2026.1' "
        + "and measure_code = 'NET-LOG' order by 1")).containsExactly("EXPERT", "OTASUKETAI");
    assertThat(rows("select factor from measure_applicability where catalogue_version = '2026.1' "
        + "and measure_code = 'CLOUD-01' order by 1")).containsExactly("CLOUD_EMAIL", "EC_SITE", "WEBSITE");
    assertThat(rows("select count(*) from measure m where not exists (select 1 from measure_deliverer d "
        + "where d.catalogue_version = m.catalogue_version and d.measure_code = m.code)")).containsExactly("0");
    assertThat(rows("select count(*) from measure m where not exists (select 1 from measure_applicability a "
        + "where a.catalogue_version = m.catalogue_version and a.measure_code = m.code)")).containsExactly("0");
    assertThat(rows("select count(*) from measure_threat where catalogue_version = '2026.1'")).containsExactly("188");
    assertThat(rows("select count(*) from measure_prerequisite where catalogue_version = '2026.1'")).containsExactly("27");
    assertThat(rows("select count(*) from threat_exposure where catalogue_version = '2026.1'")).containsExactly("40");
  }

  @Test
  void applicabilityFactorsAreTheConditionsAndTheAssetTypes() throws SQLException {
    assertThat(rows("select code from applicability_factor where kind = 'CONDITION' order by 1"))
        .isEqualTo(ApplicabilityFactor.CONDITIONS.stream().sorted().toList());
    assertThat(rows("select code from applicability_factor where kind = 'ASSET_TYPE' order by 1"))
        .isEqualTo(Arrays.stream(ItAssetType.values()).map(Enum::name).sorted().toList());
  }

  @Test
  void delivererKindsAndFactorsAreChecked() {
    assertThatThrownBy(() -> rows("insert into measure_deliverer values ('2026.1', 'FIVE-01', 'WIZARD') returning 1"))
        .isInstanceOf(PSQLException.class).hasMessageContaining("measure_deliverer_deliverer_check");
    assertThatThrownBy(() -> rows("insert into measure_applicability values ('2026.1', 'FIVE-01', 'YACHT') returning 1"))
        .isInstanceOf(PSQLException.class).hasMessageContaining("foreign key");
    assertThatThrownBy(() -> rows("insert into measure_capability values ('2026.1', 'FIVE-01', 'MAGIC') returning 1"))
        .isInstanceOf(PSQLException.class).hasMessageContaining("foreign key");
  }

  @Test
  void progressRefersToAMeasureCodeAcrossVersions() throws SQLException {
    assertThat(rows("select count(*) from information_schema.table_constraints where table_name = 'measure_progress' "
        + "and constraint_type = 'FOREIGN KEY'")).as("only the company").containsExactly("1");
  }

  @Test
  void aSecondCatalogueVersionMayReuseCodesAndOnlyTheNewestIsRead() throws SQLException {
    DataSource versions = migrated("catalogue_versions_test");
    try (Connection c = versions.getConnection(); var st = c.createStatement()) {
      st.execute("insert into catalogue_version values ('2027.1', date '2027-06-01', 'second')");
      st.execute("insert into threat (catalogue_version, code, name_ja, name_en, ipa_rank_2026, baseline_likelihood, "
          + "impact_axis, base_exposure, entry_route_ja, entry_route_en, yearly_rate, loss_yen, loss_source, loss_source_ja) "
          + "values ('2027.1', 'RANSOM', 'ランサム', 'Ransom', 1, 2.5, 'A', 0.6, 'VPN', 'VPN', 0.03, 9000000, 'test', 'テスト')");
      st.execute("insert into attack_route values ('2027.1', 'REMOTE_ACCESS', 'VPN', 'VPN', 'VPN', 'VPN', 0.1, 1)");
      st.execute("insert into route_exposure values ('2027.1', 'REMOTE_ACCESS', 'REMOTE_ACCESS', 0.9)");
      st.execute("insert into threat_route values ('2027.1', 'RANSOM', 'REMOTE_ACCESS', 1.0)");
      st.execute("insert into measure (code, catalogue_version, title_ja, title_en, explanation_ja, explanation_en, "
          + "guideline_ref, area, stage, one_off_yen, monthly_yen, cost_basis, cost_source, internal_hours, cis_ig1, "
          + "cyber_essentials, self_check_item, subsidy_eligible) select code, '2027.1', title_ja, title_en, "
          + "explanation_ja, explanation_en, guideline_ref, area, stage, one_off_yen, monthly_yen, cost_basis, "
          + "cost_source, internal_hours, cis_ig1, cyber_essentials, self_check_item, subsidy_eligible from measure "
          + "where catalogue_version = '2026.1' and code in ('FIVE-01', 'SA-01')");
      st.execute("insert into measure_route values ('2027.1', 'FIVE-01', 'REMOTE_ACCESS', 0.6)");
      st.execute("insert into measure_damage (catalogue_version, measure_code, threat_code, reduction) "
          + "values ('2027.1', 'FIVE-01', 'RANSOM', 0.2)");
      st.execute("insert into measure_prerequisite (catalogue_version, measure_code, requires_code) "
          + "values ('2027.1', 'FIVE-01', 'SA-01')");
      st.execute("insert into measure_deliverer values ('2027.1', 'FIVE-01', 'EXPERT')");
      st.execute("insert into measure_applicability values ('2027.1', 'FIVE-01', 'PC')");
      st.execute("insert into measure_capability values ('2027.1', 'FIVE-01', 'ENDPOINT_PROTECTION')");
      st.execute("insert into security_action_level values ('2027.1', 'ONE_STAR', true)");
      st.execute("insert into security_action_requirement values ('2027.1', 'ONE_STAR', 'FIVE-01')");
      st.execute("insert into subsidy_rule select '2027.1', name_ja, name_en, 1, 3, 1, 2, 900000, 12, 10000, false, "
          + "'SA-01', 'test' from subsidy_rule where catalogue_version = '2026.1'");
    }
    Catalogue c = new CatalogueReader(versions).read();
    assertThat(c.version()).isEqualTo("2027.1");
    assertThat(c.threats()).singleElement().satisfies(t -> {
      assertThat(t.yearlyRate()).isEqualTo(0.03);
      assertThat(t.lossYen()).isEqualTo(9_000_000);
      assertThat(t.routes()).isEqualTo(java.util.Map.of("REMOTE_ACCESS", 1.0));
    });
    assertThat(c.measures()).extracting(Measure::code).containsExactly("FIVE-01", "SA-01");
    Measure five = c.measure("FIVE-01").orElseThrow();
    assertThat(c.routes()).singleElement().satisfies(r ->
        assertThat(r.exposure()).isEqualTo(java.util.Map.of("REMOTE_ACCESS", 0.9)));
    assertThat(five.routeStrengths()).isEqualTo(java.util.Map.of("REMOTE_ACCESS", 0.6));
    assertThat(five.damageReductions()).isEqualTo(java.util.Map.of("RANSOM", 0.2));
    assertThat(five.prerequisites()).containsExactly("SA-01");
    assertThat(five.deliverers()).containsExactly(Measure.Deliverer.EXPERT);
    assertThat(five.appliesTo()).containsExactly("PC");
    assertThat(five.capabilities()).containsExactly("ENDPOINT_PROTECTION");
    assertThat(c.securityAction()).singleElement().satisfies(r -> assertThat(r.measures()).containsExactly("FIVE-01"));
    assertThat(c.subsidy().months()).isEqualTo(12);
    assertThat(c.subsidy().smeOnly()).isFalse();
    assertThat(rows(versions, "select count(*) from measure where code = 'FIVE-01'")).containsExactly("3");
  }
}
