package jp.sukedachi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * V11 on a database that already holds a company: cloud mail becomes hosted, and the tables
 * agree with the code (asset types and who runs them, business signals).
 */
class SignalsAndHostingMigrationTest {
  private static DataSource db;

  @BeforeAll
  static void migrateAcrossV11() throws SQLException {
    db = TestDatabase.freshDatabase("signals_hosting_test");
    flyway(MigrationVersion.fromVersion("10")).migrate();
    exec("insert into account (id, email, password_hash, display_name, role) values (1, 'a@x.jp', 'h', 'A', 'SME')");
    exec("insert into company (id, owner_account_id, name, legal_form, industry_code, capital_yen, employees, "
        + "prefecture_code, sites, monthly_budget_yen, one_off_budget_yen) values (1, 1, '山田', 'CORPORATION', "
        + "'RETAIL', 1, 3, '13', 1, 0, 0)");
    exec("insert into it_asset (company_id, type_code, label, item_count, internet_facing, vendor_supported) "
        + "values (1, 'CLOUD_EMAIL', 'mail', 1, true, true), (1, 'REMOTE_ACCESS', 'VPN', 1, true, false)");
    flyway(MigrationVersion.LATEST).migrate();
  }

  private static Flyway flyway(MigrationVersion target) {
    return Flyway.configure().dataSource(db).target(target)
        .locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl")).load();
  }

  private static void exec(String sql) throws SQLException {
    try (Connection c = db.getConnection(); var st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void existingCloudMailBecomesHostedAndStopsCountingAsInternetFacing() throws SQLException {
    assertThat(rows("select type_code || ':' || hosted || ':' || internet_facing from it_asset order by id"))
        .containsExactly("CLOUD_EMAIL:true:false", "REMOTE_ACCESS:false:true");
  }

  @Test
  void whoRunsEachAssetTypeMatchesTheCode() throws SQLException {
    assertThat(rows("select code || ':' || hosting from it_asset_type order by code")).isEqualTo(
        Arrays.stream(ItAssetType.values()).map(t -> t.name() + ":" + t.hosting()).sorted().toList());
    assertThat(rows("select name_ja from it_asset_type where code = 'SNS_ACCOUNT'"))
        .containsExactly("SNS・メッセージアプリのアカウント");
    assertThat(rows("select code from it_asset_type order by sort_order desc limit 1")).containsExactly("SNS_ACCOUNT");
  }

  @Test
  void everyBusinessSignalAndNothingElseCanBeStored() throws SQLException {
    for (BusinessSignal s : BusinessSignal.values()) {
      exec("insert into company_signal values (1, '" + s.name() + "')");
    }
    assertThat(rows("select count(*) from company_signal where company_id = 1"))
        .containsExactly(String.valueOf(BusinessSignal.values().length));
    assertThatThrownBy(() -> exec("insert into company_signal values (1, 'OT')"))
        .isInstanceOf(PSQLException.class).hasMessageContaining("company_signal_signal_check");
  }

  @Test
  void aHostedGroupCannotBeStoredAsInternetFacing() {
    assertThatThrownBy(() -> exec("insert into it_asset (company_id, type_code, item_count, internet_facing, "
        + "vendor_supported, hosted) values (1, 'EC_SITE', 1, true, true, true)"))
        .isInstanceOf(PSQLException.class).hasMessageContaining("it_asset_hosted_not_internet_facing");
  }
}
