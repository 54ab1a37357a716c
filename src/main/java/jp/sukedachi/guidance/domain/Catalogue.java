package jp.sukedachi.guidance.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the measure catalogue, as loaded from {@code ddl/}: its threats and measures,
 * the factors they refer to, the taxonomy of deliverable capabilities, and the named rules that
 * go with it (SECURITY ACTION requirements, the subsidy). {@link CatalogueIntegrity} checks it.
 *
 * @param routes the attack routes threats come through
 * @param factors the asset types and conditions measures and threats may refer to
 * @param securityAction what each SECURITY ACTION level requires
 * @param subsidy the subsidy for subsidy-eligible measures; {@code null} when the catalogue has none
 */
public record Catalogue(String version, List<AttackRoute> routes, List<Threat> threats, List<Measure> measures,
    List<ApplicabilityFactor> factors, List<Capability> capabilities,
    List<SecurityActionRequirement> securityAction, SubsidyRule subsidy) {

  public Catalogue {
    routes = List.copyOf(routes);
    threats = List.copyOf(threats);
    measures = List.copyOf(measures);
    factors = List.copyOf(factors);
    capabilities = List.copyOf(capabilities);
    securityAction = List.copyOf(securityAction);
  }

  public Optional<Measure> measure(String code) {
    return measures.stream().filter(m -> m.code().equals(code)).findFirst();
  }

  public Map<String, AttackRoute> routesByCode() {
    Map<String, AttackRoute> m = new LinkedHashMap<>();
    routes.forEach(r -> m.put(r.code(), r));
    return m;
  }

  public Map<String, Threat> threatsByCode() {
    Map<String, Threat> m = new LinkedHashMap<>();
    threats.forEach(t -> m.put(t.code(), t));
    return m;
  }

  /** What a SECURITY ACTION level requires; every checked catalogue states both levels. */
  public SecurityActionRequirement securityAction(SecurityActionRequirement.Level level) {
    return securityAction.stream().filter(r -> r.level() == level).findFirst()
        .orElseThrow(() -> new IllegalStateException("Catalogue " + version + " states no requirement for " + level));
  }

  public Optional<SubsidyRule> subsidyRule() {
    return Optional.ofNullable(subsidy);
  }
}
