package jp.sukedachi.guidance.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import jp.sukedachi.guidance.domain.ApplicabilityFactor;
import jp.sukedachi.guidance.domain.AttackRoute;
import jp.sukedachi.guidance.domain.Capability;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.SecurityActionRequirement;
import jp.sukedachi.guidance.domain.SubsidyRule;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.platform.Bilingual;

/**
 * Reads the newest catalogue version (latest publication date, then highest version name) and only
 * that version's rows: attack routes, threats, measures and their child rows, the SECURITY ACTION requirements
 * and the subsidy rule; with the factors and capabilities every version shares.
 */
public final class CatalogueReader {
  private final DataSource dataSource;

  public CatalogueReader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One row of a result. */
  @FunctionalInterface
  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  public Catalogue read() {
    try (Connection c = dataSource.getConnection()) {
      List<String> versions = new ArrayList<>();
      query(c, "select version from catalogue_version order by published desc, version desc limit 1", null,
          rs -> versions.add(rs.getString(1)));
      if (versions.isEmpty()) {
        throw new IllegalStateException("No catalogue version in the database");
      }
      return read(c, versions.get(0));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the measure catalogue", e);
    }
  }

  private Catalogue read(Connection c, String version) throws SQLException {
    Map<String, Map<String, Double>> exposure = weights(c, "select route_code, factor, weight from route_exposure "
        + "where catalogue_version = ?", version);
    Map<String, Map<String, Double>> shares = weights(c, "select threat_code, route_code, share from threat_route "
        + "where catalogue_version = ?", version);
    Map<String, Map<String, Double>> routeStrengths = weights(c, "select measure_code, route_code, strength "
        + "from measure_route where catalogue_version = ?", version);
    Map<String, Map<String, Double>> damage = weights(c, "select measure_code, threat_code "
        + "|| coalesce('@' || route_code, ''), reduction from measure_damage where catalogue_version = ?", version);
    Map<String, List<String>> prerequisites = listed(c, "select measure_code, requires_code from measure_prerequisite "
        + "where catalogue_version = ? order by 1, 2", version);
    Map<String, List<String>> deliverers = listed(c, "select measure_code, deliverer from measure_deliverer "
        + "where catalogue_version = ? order by 1, 2", version);
    Map<String, List<String>> appliesTo = listed(c, "select measure_code, factor from measure_applicability "
        + "where catalogue_version = ? order by 1, 2", version);
    Map<String, List<String>> capabilitiesOf = listed(c, "select measure_code, capability_code from measure_capability "
        + "where catalogue_version = ? order by 1, 2", version);

    List<AttackRoute> routes = new ArrayList<>();
    query(c, "select code, name_ja, name_en, description_ja, description_en, base_exposure from attack_route "
        + "where catalogue_version = ? order by sort_order, code", version,
        rs -> routes.add(new AttackRoute(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)),
            new Bilingual(rs.getString(4), rs.getString(5)), rs.getDouble(6),
            exposure.getOrDefault(rs.getString(1), Map.of()))));

    List<Threat> threats = new ArrayList<>();
    query(c, "select code, name_ja, name_en, impact_axis, yearly_rate, loss_yen, loss_source_ja, loss_source, "
        + "entry_route_ja, entry_route_en from threat where catalogue_version = ? "
        + "order by ipa_rank_2026 nulls last, code", version,
        rs -> threats.add(new Threat(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)),
            Threat.ImpactAxis.valueOf(rs.getString(4).strip()), rs.getDouble(5), rs.getLong(6),
            new Bilingual(rs.getString(7), rs.getString(8)), shares.getOrDefault(rs.getString(1), Map.of()),
            new Bilingual(rs.getString(9), rs.getString(10)))));

    List<Measure> measures = new ArrayList<>();
    query(c, "select code, title_ja, title_en, explanation_ja, explanation_en, guideline_ref, area, stage, "
        + "one_off_yen, monthly_yen, cost_basis, cost_source, internal_hours, self_check_item, subsidy_eligible, "
        + "cis_ig1, cyber_essentials, alternative_group, legal_duty_when from measure where catalogue_version = ? "
        + "order by code", version, rs -> {
          String code = rs.getString(1);
          Integer item = rs.getObject(14) == null ? null : rs.getInt(14);
          Set<Measure.Deliverer> by = EnumSet.noneOf(Measure.Deliverer.class);
          deliverers.getOrDefault(code, List.of()).forEach(d -> by.add(Measure.Deliverer.valueOf(d)));
          measures.add(new Measure(code, new Bilingual(rs.getString(2), rs.getString(3)),
              new Bilingual(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8),
              rs.getLong(9), rs.getLong(10), Measure.CostBasis.valueOf(rs.getString(11)), rs.getString(12),
              rs.getDouble(13), by, item, new LinkedHashSet<>(appliesTo.getOrDefault(code, List.of())),
              rs.getBoolean(15), routeStrengths.getOrDefault(code, Map.of()), damage.getOrDefault(code, Map.of()),
              prerequisites.getOrDefault(code, List.of()), rs.getString(16), rs.getString(17),
              new LinkedHashSet<>(capabilitiesOf.getOrDefault(code, List.of())), rs.getString(18), rs.getString(19)));
        });

    List<ApplicabilityFactor> factors = new ArrayList<>();
    query(c, "select code, kind, name_ja, name_en from applicability_factor order by kind desc, code", null,
        rs -> factors.add(new ApplicabilityFactor(rs.getString(1), ApplicabilityFactor.Kind.valueOf(rs.getString(2)),
            new Bilingual(rs.getString(3), rs.getString(4)))));
    List<Capability> capabilities = new ArrayList<>();
    query(c, "select code, name_ja, name_en, description_ja, description_en from capability order by sort_order", null,
        rs -> capabilities.add(new Capability(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)),
            new Bilingual(rs.getString(4), rs.getString(5)))));

    Map<String, List<String>> required = listed(c, "select level, measure_code from security_action_requirement "
        + "where catalogue_version = ? order by 1, 2", version);
    List<SecurityActionRequirement> securityAction = new ArrayList<>();
    query(c, "select level, self_check_required from security_action_level where catalogue_version = ? order by 1",
        version, rs -> securityAction.add(new SecurityActionRequirement(
            SecurityActionRequirement.Level.valueOf(rs.getString(1)), rs.getBoolean(2),
            required.getOrDefault(rs.getString(1), List.of()))));

    List<SubsidyRule> subsidy = new ArrayList<>();
    query(c, "select name_ja, name_en, rate_numerator, rate_denominator, small_rate_numerator, small_rate_denominator, "
        + "cap_yen, months, minimum_claim_yen, sme_only, required_measure from subsidy_rule where catalogue_version = ?",
        version, rs -> subsidy.add(new SubsidyRule(new Bilingual(rs.getString(1), rs.getString(2)),
            new SubsidyRule.Rate(rs.getInt(3), rs.getInt(4)), new SubsidyRule.Rate(rs.getInt(5), rs.getInt(6)),
            rs.getLong(7), rs.getInt(8), rs.getLong(9), rs.getBoolean(10), rs.getString(11))));

    return new Catalogue(version, routes, threats, measures, factors, capabilities, securityAction,
        subsidy.isEmpty() ? null : subsidy.get(0));
  }

  /** The third column of each row (a weight), by the first and second. */
  private static Map<String, Map<String, Double>> weights(Connection c, String sql, String version)
      throws SQLException {
    Map<String, Map<String, Double>> out = new HashMap<>();
    query(c, sql, version,
        rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3)));
    return out;
  }

  /** The second column of each row, listed by the first. */
  private static Map<String, List<String>> listed(Connection c, String sql, String version) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    query(c, sql, version, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    return out;
  }

  private static void query(Connection c, String sql, String version, Row row) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      if (version != null) {
        st.setString(1, version);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    }
  }
}
