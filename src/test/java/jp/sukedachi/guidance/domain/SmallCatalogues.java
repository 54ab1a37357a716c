package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.guidance.domain.ApplicabilityFactor.Kind;
import jp.sukedachi.guidance.domain.SecurityActionRequirement.Level;
import jp.sukedachi.platform.Bilingual;

/**
 * Small hand-built catalogues that keep every integrity rule, to be broken one rule at a time,
 * and the companies the tests plan for.
 */
final class SmallCatalogues {
  private SmallCatalogues() {}

  static Bilingual text(String en) {
    return new Bilingual(en + "（日本語）", en);
  }

  /**
   * A measure closing routes; each small-catalogue threat comes through one route of its own code,
   * so {@code strengths} reads as "per threat" too.
   */
  static Measure measure(String code, int stage, Map<String, Double> strengths, List<String> prerequisites,
      Set<String> appliesTo) {
    return new Measure(code, text(code + " title"), text(code + " explanation"), "GL3.1", "ORG", stage, 0, 0,
        Measure.CostBasis.COMPANY, "ESTIMATE", 0.5, Set.of(Measure.Deliverer.SELF), null, appliesTo, false,
        strengths, Map.of(), prerequisites, "", "", Set.of("TRAINING"), null, null);
  }

  static Measure copy(Measure m, Bilingual title, double hours, Set<String> capabilities) {
    return new Measure(m.code(), title, m.explanation(), m.guidelineRef(), m.area(), m.stage(), m.oneOffYen(),
        m.monthlyYen(), m.costBasis(), m.costSource(), hours, m.deliverers(), m.selfCheckItem(),
        m.appliesTo(), m.subsidyEligible(), m.routeStrengths(), m.damageReductions(), m.prerequisites(),
        m.cisIg1(), m.cyberEssentials(), capabilities, m.alternativeGroup(), m.legalDutyWhen());
  }

  static Measure withTitle(Measure m, Bilingual title) {
    return copy(m, title, m.internalHours(), m.capabilities());
  }

  static Measure withHours(Measure m, double hours) {
    return copy(m, m.title(), hours, m.capabilities());
  }

  static Measure withCapabilities(Measure m, Set<String> capabilities) {
    return copy(m, m.title(), m.internalHours(), capabilities);
  }

  /** A monitoring service at ¥1,500 per PC a month, eligible for the subsidy. */
  static Measure service() {
    return new Measure("SERVICE", text("service"), text("service explanation"), "GL3.1", "DEVICE", 4, 0, 1_500,
        Measure.CostBasis.DEVICE, "ESTIMATE", 1, Set.of(Measure.Deliverer.OTASUKETAI), null, Set.of("PC"), true,
        Map.of("T2", 0.6), Map.of(), List.of(), "", "", Set.of("TRAINING"), null, null);
  }

  /** A threat coming through one route of its own code. */
  static Threat threat(String code) {
    return new Threat(code, text(code + " name"), Threat.ImpactAxis.C, 0.05, 1_000_000, text("ESTIMATE"),
        Map.of(code, 1.0), text(code + " route"));
  }

  /** The route of a threat of that code, opened by these factors. */
  static AttackRoute route(String code, Map<String, Double> exposure) {
    return new AttackRoute(code, text(code + " route name"), text(code + " route description"), 0.5, exposure);
  }

  static SubsidyRule subsidy(String requiredMeasure) {
    return new SubsidyRule(text("subsidy"), new SubsidyRule.Rate(1, 2), new SubsidyRule.Rate(2, 3), 1_500_000, 24,
        50_000, true, requiredMeasure);
  }

  /** Two threats, four measures (B needs A), both SECURITY ACTION levels and a subsidy. */
  static Catalogue valid() {
    return new Catalogue("test", List.of(route("T1", Map.of("STAFF", 0.3)), route("T2", Map.of("PC", 0.2))),
        List.of(threat("T1"), threat("T2")),
        List.of(measure("A", 1, Map.of("T1", 0.5), List.of(), Set.of("ANY")),
            measure("B", 3, Map.of("T2", 0.4), List.of("A"), Set.of("PC")),
            measure("DECLARE", 2, Map.of("T1", 0.05), List.of(), Set.of("ANY")),
            measure("POLICY", 2, Map.of("T1", 0.1), List.of(), Set.of("ANY")),
            service()),
        List.of(new ApplicabilityFactor("ANY", Kind.CONDITION, text("any")),
            new ApplicabilityFactor("STAFF", Kind.CONDITION, text("staff")),
            new ApplicabilityFactor("PC", Kind.ASSET_TYPE, text("PCs"))),
        List.of(new Capability("TRAINING", text("training"), text("training description"))),
        List.of(new SecurityActionRequirement(Level.ONE_STAR, false, List.of("A")),
            new SecurityActionRequirement(Level.TWO_STARS, true, List.of("POLICY"))),
        subsidy("DECLARE"));
  }

  /** The valid catalogue with its measures changed. */
  static Catalogue withMeasures(Catalogue c, UnaryOperator<List<Measure>> change) {
    return new Catalogue(c.version(), c.routes(), c.threats(), change.apply(new ArrayList<>(c.measures())), c.factors(),
        c.capabilities(), c.securityAction(), c.subsidy());
  }

  static Catalogue withThreats(Catalogue c, List<Threat> threats) {
    return new Catalogue(c.version(), c.routes(), threats, c.measures(), c.factors(), c.capabilities(), c.securityAction(),
        c.subsidy());
  }

  static Catalogue withFactors(Catalogue c, List<ApplicabilityFactor> factors) {
    return new Catalogue(c.version(), c.routes(), c.threats(), c.measures(), factors, c.capabilities(), c.securityAction(),
        c.subsidy());
  }

  static Catalogue withRules(Catalogue c, List<SecurityActionRequirement> securityAction, SubsidyRule subsidy) {
    return new Catalogue(c.version(), c.routes(), c.threats(), c.measures(), c.factors(), c.capabilities(), securityAction,
        subsidy);
  }

  static Catalogue withRoutes(Catalogue c, List<AttackRoute> routes) {
    return new Catalogue(c.version(), routes, c.threats(), c.measures(), c.factors(), c.capabilities(),
        c.securityAction(), c.subsidy());
  }

  /** A company for which every condition holds, but which holds no assets. */
  static Situation everyCondition() {
    return new Situation(5, 2, true, false, Map.of(), Map.of("CLOUD_EMAIL", 1), 1, 1, Map.of(),
        Set.of(PersonalInfo.PERSONAL, PersonalInfo.SENSITIVE, PersonalInfo.MY_NUMBER),
        Set.of(jp.sukedachi.assessment.facts.BusinessSignal.values()), Map.of(), Set.of());
  }

  /** A company without staff, on one site, for which no condition but ANY holds. */
  static Situation noCondition() {
    return new Situation(0, 1, true, false, Map.of(), 0, 0, Map.of(), Set.of(), Map.of(), Set.of());
  }

  /** The same company with another size class. */
  static Situation sized(Situation s, boolean sme, boolean smallEnterprise) {
    return new Situation(s.employees(), s.sites(), sme, smallEnterprise, s.assetCounts(), s.hostedCounts(),
        s.unsupportedDevices(), s.internetFacingGroups(), s.highestRatings(), s.personalInfo(), s.signals(),
        s.answers(), s.doneMeasures());
  }

  /** The one place these tests build a company's situation. */
  static Situation company(int employees, boolean sme, boolean smallEnterprise, Map<String, Integer> assets,
      Map<Integer, Answer> answers, Set<String> done) {
    return new Situation(employees, 1, sme, smallEnterprise, assets, 0, 0, Map.of(), Set.of(), answers, done);
  }
}
