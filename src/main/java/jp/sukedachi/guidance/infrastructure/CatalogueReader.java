package jp.sukedachi.guidance.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.platform.Bilingual;

/** Reads the newest catalogue version, its threats and measures from the reference tables. */
public final class CatalogueReader {
  private final DataSource dataSource;

  public CatalogueReader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Catalogue read() {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      String version = single(st, "select version from catalogue_version order by published desc, version desc limit 1");
      Map<String, Map<String, Double>> exposure = pairs(st, "select threat_code, factor, weight from threat_exposure");
      Map<String, Map<String, Double>> strengths = pairs(st, "select measure_code, threat_code, strength from measure_threat");
      Map<String, List<String>> prerequisites = new HashMap<>();
      try (ResultSet rs = st.executeQuery("select measure_code, requires_code from measure_prerequisite order by 1, 2")) {
        while (rs.next()) {
          prerequisites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      List<Threat> threats = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select code, name_ja, name_en, baseline_likelihood, impact_axis, "
          + "base_exposure, entry_route_ja, entry_route_en from threat order by ipa_rank_2026 nulls last, code")) {
        while (rs.next()) {
          String code = rs.getString(1);
          threats.add(new Threat(code, new Bilingual(rs.getString(2), rs.getString(3)), rs.getDouble(4),
              Threat.ImpactAxis.valueOf(rs.getString(5).strip()), rs.getDouble(6),
              exposure.getOrDefault(code, Map.of()), new Bilingual(rs.getString(7), rs.getString(8))));
        }
      }
      List<Measure> measures = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("select code, title_ja, title_en, explanation_ja, explanation_en, "
          + "guideline_ref, area, stage, one_off_yen, monthly_yen, cost_basis, cost_source, internal_hours, "
          + "deliverers, self_check_item, applies_to, subsidy_eligible, cis_ig1, cyber_essentials "
          + "from measure where catalogue_version = '" + version.replace("'", "''") + "' order by code")) {
        while (rs.next()) {
          String code = rs.getString(1);
          Integer item = rs.getObject(15) == null ? null : rs.getInt(15);
          measures.add(new Measure(code, new Bilingual(rs.getString(2), rs.getString(3)),
              new Bilingual(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
              rs.getInt(8), rs.getLong(9), rs.getLong(10), Measure.CostBasis.valueOf(rs.getString(11)),
              rs.getString(12), rs.getDouble(13), split(rs.getString(14)), item, split(rs.getString(16)),
              rs.getBoolean(17), strengths.getOrDefault(code, Map.of()),
              prerequisites.getOrDefault(code, List.of()), rs.getString(18), rs.getString(19)));
        }
      }
      return new Catalogue(version, threats, measures);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the measure catalogue", e);
    }
  }

  private static String single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("No catalogue version in the database");
      }
      return rs.getString(1);
    }
  }

  private static Map<String, Map<String, Double>> pairs(Statement st, String sql) throws SQLException {
    Map<String, Map<String, Double>> out = new HashMap<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
      }
    }
    return out;
  }

  private static Set<String> split(String csv) {
    return new LinkedHashSet<>(Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
