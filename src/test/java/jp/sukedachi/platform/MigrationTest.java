package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations in ddl/ apply to a fresh PostgreSQL and agree with the code's reference data. */
class MigrationTest {
  private static DataSource db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.freshDatabase("migration_test");
    Flyway.configure().dataSource(db).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
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
}
