package jp.sukedachi.guidance.domain;

import static jp.sukedachi.guidance.domain.SmallCatalogues.company;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.guidance.domain.SecurityActionRequirement.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named rules: the subsidy, SECURITY ACTION ★/★★ and the phase rule, as the catalogue states them. */
class NamedRulesTest {
  private static final Budget EVERYTHING_WITH_SUBSIDY = new Budget(1_000_000, 1_000_000, 100, true);
  private static final SubsidyRule RULE = SmallCatalogues.subsidy("DECLARE");

  private static Optional<Plan.Item> item(Plan plan, String code) {
    return Stream.concat(plan.items().stream(), plan.next().stream())
        .filter(i -> i.measure().code().equals(code)).findFirst();
  }

  private static Plan planFor(int pcs, boolean sme, boolean smallEnterprise) {
    return new Planner(SmallCatalogues.valid())
        .plan(company(10, sme, smallEnterprise, Map.of("PC", pcs), Map.of(), Set.of()), EVERYTHING_WITH_SUBSIDY);
  }

  @Test
  void anSmeGetsHalfTheFeesAndTheDeclarationBecomesAPrerequisite() {
    Plan plan = planFor(10, true, false);
    Plan.Item service = item(plan, "SERVICE").orElseThrow();
    assertThat(service.monthlyYen()).isEqualTo(15_000);
    assertThat(service.subsidyMonthlyYen()).isEqualTo(7_500);
    List<String> codes = plan.items().stream().map(i -> i.measure().code()).toList();
    assertThat(codes.indexOf("DECLARE")).as("declared before the subsidised service").isNotNegative()
        .isLessThan(codes.indexOf("SERVICE"));
  }

  @Test
  void aSmallEnterpriseGetsTwoThirds() {
    assertThat(item(planFor(10, true, true), "SERVICE").orElseThrow().subsidyMonthlyYen()).isEqualTo(10_000);
    assertThat(RULE.monthlyYen(4_000, true, true)).as("2/3, rounded down").isEqualTo(2_666);
    assertThat(RULE.monthlyYen(30_003, true, true)).isEqualTo(20_002);
    assertThat(RULE.monthlyYen(30_003, true, false)).isEqualTo(15_001);
  }

  @Test
  void aFirmThatIsNotAnSmeGetsNoSubsidy() {
    assertThat(item(planFor(10, false, false), "SERVICE").orElseThrow().subsidyMonthlyYen()).isZero();
    assertThat(RULE.monthlyYen(100_000, false, false)).isZero();
    SubsidyRule forAll = new SubsidyRule(RULE.name(), RULE.rate(), RULE.smallEnterpriseRate(), RULE.capYen(),
        RULE.months(), RULE.minimumClaimYen(), false, RULE.requiredMeasure());
    assertThat(forAll.monthlyYen(100_000, false, false)).isEqualTo(50_000);
  }

  @Test
  void aClaimUnderTheMinimumOverTheSubsidisedMonthsGetsNothing() {
    // 2 PCs: ¥3,000 a month, half is ¥1,500, ¥36,000 over 24 months < ¥50,000.
    assertThat(item(planFor(2, true, false), "SERVICE").orElseThrow().subsidyMonthlyYen()).isZero();
    assertThat(RULE.monthlyYen(4_166, true, false)).as("¥2,083 × 24 = ¥49,992").isZero();
    assertThat(RULE.monthlyYen(4_168, true, false)).as("¥2,084 × 24 = ¥50,016").isEqualTo(2_084);
  }

  @Test
  void theDeclarationIsAPrerequisiteOnlyWhenTheSubsidyIsGranted() {
    // The declaration takes 5 hours; with 1.5 hours a subsidised service cannot be planned.
    Catalogue slowDeclaration = SmallCatalogues.withMeasures(SmallCatalogues.valid(), ms -> {
      ms.replaceAll(m -> m.code().equals("DECLARE") ? SmallCatalogues.withHours(m, 5) : m);
      return ms;
    });
    Planner planner = new Planner(slowDeclaration);
    Budget withSubsidy = new Budget(1_000_000, 1_000_000, 1.5, true);
    Map<String, Integer> pcs = Map.of("PC", 10);
    assertThat(planner.plan(company(10, true, false, pcs, Map.of(), Set.of()), withSubsidy).items())
        .extracting(i -> i.measure().code()).doesNotContain("SERVICE", "DECLARE");
    assertThat(planner.plan(company(10, false, false, pcs, Map.of(), Set.of()), withSubsidy).items())
        .extracting(i -> i.measure().code()).as("no subsidy for a non-SME, so no declaration needed")
        .contains("SERVICE").doesNotContain("DECLARE");
    assertThat(planner.plan(company(10, true, false, Map.of("PC", 2), Map.of(), Set.of()), withSubsidy).items())
        .extracting(i -> i.measure().code()).as("a claim under the minimum is not made, so no declaration needed")
        .contains("SERVICE").doesNotContain("DECLARE");
  }

  @Test
  void theCapIsSpreadOverTheSubsidisedMonths() {
    // 200 PCs: ¥300,000 a month, half is ¥150,000, more than ¥1,500,000 / 24 = ¥62,500.
    assertThat(item(planFor(200, true, false), "SERVICE").orElseThrow().subsidyMonthlyYen()).isEqualTo(62_500);
    assertThat(RULE.monthlyYen(125_000, true, false)).isEqualTo(62_500);
    assertThat(RULE.monthlyYen(124_998, true, false)).isEqualTo(62_499);
  }

  @Test
  void theRealCatalogueStatesTheSecurityFrameOfTheItIntroductionSubsidy() {
    SubsidyRule rule = Scenarios.catalogue().subsidy();
    assertThat(rule.rate()).isEqualTo(new SubsidyRule.Rate(1, 2));
    assertThat(rule.smallEnterpriseRate()).isEqualTo(new SubsidyRule.Rate(2, 3));
    assertThat(rule.capYen()).isEqualTo(1_500_000);
    assertThat(rule.months()).isEqualTo(24);
    assertThat(rule.minimumClaimYen()).isEqualTo(50_000);
    assertThat(rule.smeOnly()).isTrue();
    assertThat(Scenarios.catalogue().measure(rule.requiredMeasure())).isPresent();
  }

  @Test
  void onTheRealCatalogueTheLogisticsFirmLosesItsSubsidyWhenItIsNotAnSme() {
    Planner planner = new Planner(Scenarios.catalogue());
    Budget budget = new Budget(50_000, 300_000, 60, true);
    Plan asSme = planner.plan(Scenarios.logistics(), budget);
    assertThat(item(asSme, "DEV-EDR").orElseThrow().subsidyMonthlyYen()).isPositive();
    Plan large = planner.plan(SmallCatalogues.sized(Scenarios.logistics(), false, false), budget);
    assertThat(Stream.concat(large.items().stream(), large.next().stream()))
        .allSatisfy(i -> assertThat(i.subsidyMonthlyYen()).as(i.measure().code()).isZero());
  }

  @Test
  void securityActionFollowsTheRequirementsTheCatalogueStates() {
    Catalogue c = SmallCatalogues.valid();
    SecurityActionReadiness nothing = SecurityActionReadiness.of(c, company(3, true, true, Map.of(), Map.of(), Set.of()));
    assertThat(nothing.oneStar()).isFalse();
    assertThat(nothing.missingForOneStar()).extracting(Measure::code).containsExactly("A");
    assertThat(nothing.missingForTwoStars()).extracting(Measure::code).containsExactly("POLICY");

    SecurityActionReadiness oneStar = SecurityActionReadiness.of(c, company(3, true, true, Map.of(), Map.of(), Set.of("A")));
    assertThat(oneStar.oneStar()).isTrue();
    assertThat(oneStar.twoStars()).isFalse();

    SecurityActionReadiness policyNoCheck = SecurityActionReadiness.of(c,
        company(3, true, true, Map.of(), Map.of(), Set.of("A", "POLICY")));
    assertThat(policyNoCheck.policyPublished()).isTrue();
    assertThat(policyNoCheck.selfCheckTaken()).isFalse();
    assertThat(policyNoCheck.twoStars()).as("★★ also needs the self-check").isFalse();

    SecurityActionReadiness both = SecurityActionReadiness.of(c,
        company(3, true, true, Map.of(), Map.of(1, Answer.NOT_IMPLEMENTED), Set.of("A", "POLICY")));
    assertThat(both.twoStars()).isTrue();
  }

  @Test
  void onTheRealCatalogueOneStarIsTheFivePrinciplesAndTwoStarsTheBasicPolicy() {
    Catalogue c = Scenarios.catalogue();
    assertThat(c.securityAction(Level.ONE_STAR).measures()).hasSize(5)
        .allSatisfy(code -> assertThat(c.measure(code).orElseThrow().stage()).isEqualTo(1));
    Map<Integer, Answer> fourOfFive = Scenarios.answers(Answer.IMPLEMENTED, 5, Answer.PARTIAL);
    SecurityActionReadiness r = SecurityActionReadiness.of(c, company(3, true, true, Map.of(), fourOfFive, Set.of()));
    assertThat(r.oneStar()).isFalse();
    assertThat(r.missingForOneStar()).hasSize(1).allSatisfy(m -> assertThat(m.selfCheckItem()).isEqualTo(5));
    assertThat(r.twoStars()).isFalse();
    String policy = c.securityAction(Level.TWO_STARS).measures().get(0);
    SecurityActionReadiness declared = SecurityActionReadiness.of(c,
        company(3, true, true, Map.of(), Scenarios.answers(Answer.IMPLEMENTED), Set.of(policy)));
    assertThat(declared.oneStar()).isTrue();
    assertThat(declared.twoStars()).isTrue();
  }

  @ParameterizedTest(name = "stage {0}, removing {1} of {2}: {3}")
  @CsvSource({
      "1, 0,    100, NOW",
      "2, 0,    100, NOW",
      "3, 0,    100, WITHIN_3_MONTHS",
      "4, 0,    100, WITHIN_A_YEAR",
      "4, 4.99, 100, WITHIN_A_YEAR",
      "4, 5,    100, NOW",
      "3, 5,    100, NOW",
      "4, 0,    0,   WITHIN_A_YEAR"})
  void phasesFollowTheStageUnlessAMeasureRemovesFivePercentOfTheRisk(int stage, double removed,
      double riskBefore, Phase expected) {
    assertThat(PhaseRule.phase(stage, false, removed, riskBefore, 0)).isEqualTo(expected);
    assertThat(PhaseRule.phase(stage, true, removed, riskBefore, 0)).as("a legal duty is done this month").isEqualTo(Phase.NOW);
  }
}
