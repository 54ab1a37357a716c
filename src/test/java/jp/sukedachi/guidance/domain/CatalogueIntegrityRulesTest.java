package jp.sukedachi.guidance.domain;

import static jp.sukedachi.guidance.domain.SmallCatalogues.measure;
import static jp.sukedachi.guidance.domain.SmallCatalogues.text;
import static jp.sukedachi.guidance.domain.SmallCatalogues.route;
import static jp.sukedachi.guidance.domain.SmallCatalogues.threat;
import static jp.sukedachi.guidance.domain.SmallCatalogues.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.guidance.domain.ApplicabilityFactor.Kind;
import jp.sukedachi.guidance.domain.CatalogueIntegrity.Rule;
import jp.sukedachi.guidance.domain.CatalogueIntegrity.Violation;
import jp.sukedachi.guidance.domain.SecurityActionRequirement.Level;
import jp.sukedachi.platform.Bilingual;
import org.junit.jupiter.api.Test;

/** Each integrity rule, on a small catalogue broken in exactly that way. */
class CatalogueIntegrityRulesTest {

  private static List<Violation> check(Catalogue c) {
    return CatalogueIntegrity.check(c);
  }

  private static List<String> messages(Catalogue c, Rule rule) {
    return check(c).stream().filter(v -> v.rule() == rule).map(Violation::message).toList();
  }

  private static Catalogue replacing(String code, Measure replacement) {
    return SmallCatalogues.withMeasures(valid(), ms -> {
      ms.replaceAll(m -> m.code().equals(code) ? replacement : m);
      return ms;
    });
  }

  @Test
  void theHandBuiltCatalogueKeepsEveryRule() {
    assertThat(check(valid())).isEmpty();
    assertThat(CatalogueIntegrity.requireValid(valid())).isEqualTo(valid());
  }

  @Test
  void aMeasureApplyingToAnUnknownFactorIsReported() {
    Catalogue c = replacing("B", measure("B", 3, Map.of("T2", 0.4), List.of("A"), Set.of("PC", "TYPEWRITER")));
    assertThat(messages(c, Rule.UNKNOWN_FACTOR)).containsExactly("measure B applies to unknown factor TYPEWRITER");
  }

  @Test
  void aMeasureApplyingToNothingIsReported() {
    Catalogue c = replacing("B", measure("B", 3, Map.of("T2", 0.4), List.of("A"), Set.of()));
    assertThat(messages(c, Rule.UNKNOWN_FACTOR)).containsExactly("measure B applies to nothing, so it is never planned");
  }

  @Test
  void aRouteOpenedByAnUnknownFactorIsReported() {
    Catalogue c = SmallCatalogues.withRoutes(valid(),
        List.of(route("T1", Map.of("STAFF", 0.3, "DRONE", 0.2)), route("T2", Map.of("PC", 0.2))));
    assertThat(messages(c, Rule.UNKNOWN_FACTOR)).containsExactly("route T1 is opened by unknown factor DRONE");
  }

  @Test
  void routesNamedButNotInTheCatalogueAndSharesNotAddingUpAreReported() {
    Threat split = new Threat("T1", text("T1"), Threat.ImpactAxis.C, 0.05, 1_000_000, text("ESTIMATE"),
        Map.of("T1", 0.5, "CHIMNEY", 0.3), text("route"));
    Catalogue c = replacing("A", measure("A", 1, Map.of("T1", 0.5, "SEWER", 0.2), List.of(), Set.of("ANY")));
    assertThat(messages(SmallCatalogues.withThreats(c, List.of(split, threat("T2"))), Rule.UNKNOWN_ROUTE))
        .containsExactlyInAnyOrder("threat T1 comes through unknown route CHIMNEY",
            "threat T1 has route shares adding up to 0.8, not 1", "measure A closes unknown route SEWER");
  }

  @Test
  void anAlternativeGroupOfOneIsReported() {
    Measure a = valid().measure("A").orElseThrow();
    Measure alone = new Measure(a.code(), a.title(), a.explanation(), a.guidelineRef(), a.area(), a.stage(),
        a.oneOffYen(), a.monthlyYen(), a.costBasis(), a.costSource(), a.internalHours(), a.deliverers(),
        a.selfCheckItem(), a.appliesTo(), a.subsidyEligible(), a.routeStrengths(), a.damageReductions(),
        a.prerequisites(), a.cisIg1(), a.cyberEssentials(), a.capabilities(), "LONELY", null);
    assertThat(messages(replacing("A", alone), Rule.LONE_ALTERNATIVE))
        .containsExactly("alternative group LONELY has a single measure");
  }

  @Test
  void aConditionTheRiskModelDoesNotEvaluateIsUnknownEvenWhenListed() {
    List<ApplicabilityFactor> factors = new ArrayList<>(valid().factors());
    factors.add(new ApplicabilityFactor("RAINY_SEASON", Kind.CONDITION, text("rain")));
    Catalogue c = SmallCatalogues.withFactors(
        replacing("B", measure("B", 3, Map.of("T2", 0.4), List.of("A"), Set.of("RAINY_SEASON"))), factors);
    assertThat(messages(c, Rule.UNKNOWN_FACTOR)).hasSize(2)
        .anyMatch(m -> m.startsWith("condition RAINY_SEASON is not one the risk model evaluates"))
        .contains("measure B applies to unknown factor RAINY_SEASON");
  }

  @Test
  void theConditionsAreExactlyThoseTheSituationEvaluates() {
    Situation everything = SmallCatalogues.everyCondition();
    Situation nothing = SmallCatalogues.noCondition();
    for (String condition : ApplicabilityFactor.CONDITIONS) {
      assertThat(everything.has(condition)).as(condition).isTrue();
      assertThat(nothing.has(condition)).as(condition).isEqualTo("ANY".equals(condition));
    }
  }

  @Test
  void anUnknownPrerequisiteIsReported() {
    Catalogue c = replacing("B", measure("B", 3, Map.of("T2", 0.4), List.of("A", "GHOST"), Set.of("PC")));
    assertThat(messages(c, Rule.UNKNOWN_PREREQUISITE)).containsExactly("measure B requires unknown measure GHOST");
  }

  @Test
  void aPrerequisiteCycleIsReportedWithItsPath() {
    Catalogue c = replacing("A", measure("A", 1, Map.of("T1", 0.5), List.of("B"), Set.of("ANY")));
    assertThat(messages(c, Rule.PREREQUISITE_CYCLE)).containsExactly("prerequisites form a cycle: A → B → A");
  }

  @Test
  void aMeasureRequiringItselfIsACycle() {
    Catalogue c = replacing("A", measure("A", 1, Map.of("T1", 0.5), List.of("A"), Set.of("ANY")));
    assertThat(messages(c, Rule.PREREQUISITE_CYCLE)).containsExactly("prerequisites form a cycle: A → A");
  }

  @Test
  void strengthsAndExposureWeightsOutside0To1AreReported() {
    Catalogue c = replacing("A", measure("A", 1, Map.of("T1", 1.2, "T2", -0.1), List.of(), Set.of("ANY")));
    assertThat(messages(c, Rule.OUT_OF_RANGE)).containsExactly(
        "measure A strength on route T1 is 1.2, outside 0–1", "measure A strength on route T2 is -0.1, outside 0–1");
    Catalogue weights = SmallCatalogues.withRoutes(valid(), List.of(route("T1", Map.of("STAFF", 5.5)),
        new AttackRoute("T2", text("T2"), text("T2 route"), 1.1, Map.of())));
    assertThat(messages(weights, Rule.OUT_OF_RANGE)).containsExactly(
        "route T1 has exposure weight 5.5 for STAFF, outside 0–5", "route T2 base exposure is 1.1, outside 0–1");
    Threat costless = new Threat("T2", text("T2"), Threat.ImpactAxis.I, 1.5, 0, text("ESTIMATE"), Map.of("T2", 1.0), text("r"));
    assertThat(messages(SmallCatalogues.withThreats(valid(), List.of(threat("T1"), costless)), Rule.OUT_OF_RANGE))
        .containsExactly("threat T2 yearly rate is 1.5, outside 0–1", "threat T2 has loss 0, not positive");
  }

  @Test
  void aThreatNoMeasureReducesIsUnreachable() {
    List<Threat> threats = new ArrayList<>(valid().threats());
    threats.add(new Threat("METEOR", text("METEOR"), Threat.ImpactAxis.A, 0.01, 1_000_000, text("ESTIMATE"),
        Map.of("T1", 1.0), text("sky")));
    Catalogue c = SmallCatalogues.withMeasures(SmallCatalogues.withThreats(valid(), threats),
        ms -> ms.stream().filter(m -> !m.routeStrengths().containsKey("T1")).toList());
    assertThat(messages(c, Rule.UNREACHABLE_THREAT).stream().filter(m -> m.contains("METEOR")).toList())
        .containsExactly("no measure reduces threat METEOR");
  }

  @Test
  void aMeasureReducingAThreatNotInTheCatalogueIsReported() {
    Measure a = valid().measure("A").orElseThrow();
    Measure godzilla = new Measure(a.code(), a.title(), a.explanation(), a.guidelineRef(), a.area(), a.stage(),
        a.oneOffYen(), a.monthlyYen(), a.costBasis(), a.costSource(), a.internalHours(), a.deliverers(),
        a.selfCheckItem(), a.appliesTo(), a.subsidyEligible(), a.routeStrengths(), Map.of("GODZILLA", 0.2),
        a.prerequisites(), a.cisIg1(), a.cyberEssentials(), a.capabilities(), null, null);
    assertThat(messages(replacing("A", godzilla), Rule.UNKNOWN_THREAT))
        .containsExactly("measure A reduces unknown threat GODZILLA");
  }

  @Test
  void textsMissingInEitherLanguageAreReported() {
    Measure a = valid().measure("A").orElseThrow();
    Catalogue c = replacing("A", SmallCatalogues.withTitle(a, new Bilingual("対策A", " ")));
    Catalogue threats = SmallCatalogues.withThreats(c, List.of(
        new Threat("T1", new Bilingual("", "Threat one"), Threat.ImpactAxis.C, 0.05, 1_000_000, text("ESTIMATE"),
            Map.of("T1", 1.0), text("r")),
        threat("T2")));
    assertThat(messages(threats, Rule.MISSING_TEXT))
        .containsExactly("threat T1 name has no Japanese text", "measure A title has no English text");
  }

  @Test
  void securityActionRequirementsNamingUnknownMeasuresAreReported() {
    Catalogue c = SmallCatalogues.withRules(valid(), List.of(
        new SecurityActionRequirement(Level.ONE_STAR, false, List.of("A", "FIVE-99")),
        new SecurityActionRequirement(Level.TWO_STARS, true, List.of("POLICY"))), valid().subsidy());
    assertThat(messages(c, Rule.NAMED_RULE)).containsExactly("SECURITY ACTION ONE_STAR requires unknown measure FIVE-99");
  }

  @Test
  void aMissingSecurityActionLevelIsReported() {
    Catalogue c = SmallCatalogues.withRules(valid(),
        List.of(new SecurityActionRequirement(Level.ONE_STAR, false, List.of("A"))), valid().subsidy());
    assertThat(messages(c, Rule.NAMED_RULE)).containsExactly("SECURITY ACTION TWO_STARS is stated 0 times, not once");
  }

  @Test
  void aSubsidyRequiringAnUnknownMeasureOrMissingForAnEligibleMeasureIsReported() {
    Catalogue unknown = SmallCatalogues.withRules(valid(), valid().securityAction(), SmallCatalogues.subsidy("SA-99"));
    assertThat(messages(unknown, Rule.NAMED_RULE)).containsExactly("the subsidy requires unknown measure SA-99");
    Catalogue none = SmallCatalogues.withRules(valid(), valid().securityAction(), null);
    assertThat(messages(none, Rule.NAMED_RULE))
        .containsExactly("measure SERVICE is subsidy-eligible but the catalogue states no subsidy rule");
  }

  @Test
  void aMeasureNeedingAnUnknownOrNoCapabilityIsReported() {
    Measure a = valid().measure("A").orElseThrow();
    Measure b = valid().measure("B").orElseThrow();
    Catalogue c = SmallCatalogues.withMeasures(valid(), ms -> {
      ms.replaceAll(m -> m.code().equals("A") ? SmallCatalogues.withCapabilities(a, Set.of("TELEPATHY"))
          : m.code().equals("B") ? SmallCatalogues.withCapabilities(b, Set.of()) : m);
      return ms;
    });
    assertThat(messages(c, Rule.UNKNOWN_CAPABILITY)).containsExactly(
        "measure A needs unknown capability TELEPATHY", "measure B names no capability to deliver it");
  }

  @Test
  void requireValidListsEveryViolationInItsMessage() {
    List<Threat> threats = new ArrayList<>(valid().threats());
    threats.add(threat("METEOR"));
    List<AttackRoute> routes = new ArrayList<>(valid().routes());
    routes.add(route("METEOR", Map.of("DRONE", 0.1)));
    Catalogue broken = SmallCatalogues.withRoutes(SmallCatalogues.withThreats(valid(), threats), routes);
    assertThatThrownBy(() -> CatalogueIntegrity.requireValid(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Measure catalogue test breaks 2 integrity rule(s)")
        .hasMessageContaining("UNKNOWN_FACTOR: route METEOR is opened by unknown factor DRONE")
        .hasMessageContaining("UNREACHABLE_THREAT: no measure reduces threat METEOR");
  }
}
