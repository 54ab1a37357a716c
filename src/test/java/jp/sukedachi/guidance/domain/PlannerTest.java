package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans for realistic SMEs on the real catalogue, checked the way a security professional would. */
class PlannerTest {
  private final Planner planner = new Planner(Scenarios.catalogue());

  static Stream<Arguments> smes() {
    return Stream.of(
        Arguments.of("tax accountant", (Supplier<Situation>) Scenarios::taxAccountant,
            new Budget(5_000, 30_000, 10, false)),
        Arguments.of("logistics", (Supplier<Situation>) Scenarios::logistics,
            new Budget(50_000, 300_000, 60, true)),
        Arguments.of("software house", (Supplier<Situation>) Scenarios::softwareHouse,
            new Budget(500_000, 2_000_000, 200, false)));
  }

  private static List<String> codes(Plan p) {
    return p.items().stream().map(i -> i.measure().code()).toList();
  }

  private static int rank(Plan p, String code) {
    return codes(p).indexOf(code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("smes")
  void everyPlanFitsItsBudgetKeepsPrerequisitesAndExplainsEveryItem(String name,
      Supplier<Situation> sme, Budget budget) {
    Plan plan = planner.plan(sme.get(), budget);
    assertThat(plan.netMonthlyYen()).isLessThanOrEqualTo(budget.monthlyYen());
    assertThat(plan.oneOffYen()).isLessThanOrEqualTo(budget.oneOffYen());
    assertThat(plan.items().stream().mapToDouble(Plan.Item::hours).sum()).isLessThanOrEqualTo(budget.hours() + 1e-9);
    assertThat(plan.riskAfter()).isLessThan(plan.riskBefore()).isGreaterThanOrEqualTo(0);
    assertThat(plan.riskBefore()).isLessThanOrEqualTo(plan.inherentRisk());
    List<String> codes = codes(plan);
    for (Plan.Item item : plan.items()) {
      assertThat(item.reasons()).as(item.measure().code()).isNotEmpty();
      for (String pre : item.measure().prerequisites()) {
        int at = codes.indexOf(pre);
        Measure required = Scenarios.catalogue().measure(pre).orElseThrow();
        if (at >= 0 && new RiskModel(Scenarios.catalogue()).inPlace(required, sme.get()) == 0) {
          assertThat(plan.items().get(at).phase()).as("a prerequisite not yet begun comes no later than " + item.measure().code())
              .isLessThanOrEqualTo(item.phase());
        }
      }
      item.reasons().forEach(r -> {
        assertThat(Texts.message(Locale.JAPANESE, r)).isNotBlank();
        assertThat(Texts.message(Locale.ENGLISH, r)).isNotBlank();
      });
    }
    assertThat(planner.plan(sme.get(), budget)).isEqualTo(plan);
  }

  @Test
  void theAccountantsFirstStepsAreFreeBasicsAndMfaProtectsItsCloudMail() {
    Plan plan = planner.plan(Scenarios.taxAccountant(), new Budget(5_000, 30_000, 10, false));
    assertThat(plan.items().get(0).phase()).isEqualTo(Phase.THIS_WEEK);
    assertThat(codes(plan)).contains("FIVE-01", "FIVE-03", "FIVE-04", "ACC-MFA", "AST-ENCRYPT");
    assertThat(plan.items().subList(0, 3)).as("free basics come first")
        .allSatisfy(i -> assertThat(i.firstYearYen()).isZero());
  }

  @Test
  void theLogisticsFirmSecuresItsVpnEarlyAndUsesTheSubsidy() {
    Plan plan = planner.plan(Scenarios.logistics(), new Budget(50_000, 300_000, 60, true));
    assertThat(codes(plan)).contains("ACC-VPNMFA", "NET-EXPOSE", "AST-ENCRYPT", "BYOD-01");
    assertThat(rank(plan, "NET-EXPOSE")).isLessThan(5);
    Plan.Item edr = plan.items().get(rank(plan, "DEV-EDR"));
    assertThat(edr.subsidyMonthlyYen()).isEqualTo(edr.monthlyYen() / 2);
    assertThat(codes(plan)).as("the subsidy needs a SECURITY ACTION declaration").contains("SA-01");
  }

  @Test
  void theSoftwareHouseClosesRemoteAccessFirstAndGetsMonitoring() {
    Plan plan = planner.plan(Scenarios.softwareHouse(), new Budget(500_000, 2_000_000, 200, false));
    assertThat(codes(plan).subList(0, 3)).contains("ACC-VPNMFA");
    assertThat(plan.items().get(0).phase()).isEqualTo(Phase.THIS_WEEK);
    assertThat(codes(plan)).contains("NET-UTM", "WEB-WAF", "NET-PATCH", "HR-PHISH", "DEV-MDM");
    assertThat(plan.next()).extracting(i -> i.measure().code()).contains("DEV-EDR");
  }

  @Test
  void withNoMoneyOnlyFreeMeasuresAndWithNoTimeNothing() {
    Plan free = planner.plan(Scenarios.logistics(), new Budget(0, 0, 40, false));
    assertThat(free.items()).isNotEmpty().allSatisfy(i -> assertThat(i.firstYearYen()).isZero());
    assertThat(planner.plan(Scenarios.logistics(), new Budget(0, 0, 0, false)).items()).isEmpty();
  }

  @Test
  void moreBudgetNeverMeansMoreResidualRisk() {
    double previous = Double.MAX_VALUE;
    for (long monthly : new long[] {0, 10_000, 50_000, 200_000}) {
      double after = planner.plan(Scenarios.logistics(), new Budget(monthly, monthly * 10, 80, false)).riskAfter();
      assertThat(after).isLessThanOrEqualTo(previous + 1e-9);
      previous = after;
    }
  }

  @Test
  void measuresAlreadyDoneOrAnsweredImplementedAreNotPlannedAgain() {
    Situation base = Scenarios.logistics();
    Situation done = new Situation(base.employees(), base.sites(), base.sme(), base.smallEnterprise(),
        base.assetCounts(), base.unsupportedDevices(), base.internetFacingGroups(),
        base.highestRatings(), base.personalInfo(), base.answers(), Set.of("ACC-VPNMFA", "NET-EXPOSE"));
    Plan plan = planner.plan(done, new Budget(50_000, 300_000, 60, false));
    assertThat(codes(plan)).doesNotContain("ACC-VPNMFA", "NET-EXPOSE", "FIVE-02");
    assertThat(plan.riskBefore()).isLessThan(planner.plan(base, new Budget(50_000, 300_000, 60, false)).riskBefore());
  }

  @Test
  void riskIsTheExpectedYearlyLossOverTheRoutesTheCompanyHas() {
    Situation noVpn = new Situation(20, 1, true, false, Map.of("PC", 20), 0, 0, Map.of(), Set.of(), Map.of(), Set.of());
    RiskModel model = new RiskModel(Scenarios.catalogue());
    var cells = model.cells(noVpn);
    assertThat(cells).as("no VPN or remote desktop: that route is closed")
        .noneMatch(c -> c.route().code().equals("REMOTE_ACCESS"));
    RiskModel.Cell email = cells.stream()
        .filter(c -> c.threat().code().equals("BEC") && c.route().code().equals("FRAUD")).findFirst().orElseThrow();
    Threat bec = email.threat();
    double exposure = email.route().exposureOf(noVpn);
    assertThat(email.inherent()).as("rate × share × exposure × loss × size (20 staff: 1) × importance 2 / 2")
        .isCloseTo(bec.yearlyRate() * bec.routes().get("FRAUD") * exposure * bec.lossYen(), within(1e-6));
    Situation withVpn = new Situation(20, 1, true, false, Map.of("PC", 20, "REMOTE_ACCESS", 1), 0, 0, Map.of(),
        Set.of(), Map.of(), Set.of());
    assertThat(model.assess(withVpn).get("RANSOM").inherent())
        .as("a VPN opens the route most ransomware comes through")
        .isGreaterThan(2 * model.assess(noVpn).get("RANSOM").inherent());
  }

  @Test
  void anItemSaidToBeDisplacedWouldTakeAwayItemsThatRemoveMoreThanItWould() {
    int displaced = 0;
    for (ConsultantScenarios.Firm f : ConsultantScenarios.firms()) {
      Plan plan = planner.plan(f.situation(), f.budget());
      for (Plan.Item next : plan.next()) {
        displacedRemoval().apply(next.reasons().get(0)).ifPresent(theyRemove -> {
          assertThat(theyRemove).as(f.name() + " " + next.measure().code())
              .isGreaterThanOrEqualTo(Math.round(next.riskRemoved()));
        });
        displaced += next.reasons().get(0).key().startsWith("plan.reason.displaced.") ? 1 : 0;
      }
    }
    assertThat(displaced).as("the firms' plans do displace some items").isPositive();
  }

  /** What the items a displaced item would take away remove together, from its reason. */
  private static java.util.function.Function<jp.sukedachi.platform.Reason, java.util.Optional<Long>> displacedRemoval() {
    return r -> r.key().startsWith("plan.reason.displaced.")
        ? java.util.Optional.of(((Number) r.args().get(2)).longValue()) : java.util.Optional.empty();
  }
}
