package jp.sukedachi.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.OfferValuation;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Scenarios;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.platform.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matcher on the real catalogue: filters, the price for a company, subsidy, ranking and reasons. */
class ServiceMatcherTest {
  private static final Catalogue CATALOGUE = Scenarios.catalogue();
  private final ServiceMatcher matcher = new ServiceMatcher(CATALOGUE);

  /** A 10-person manufacturer in Kumamoto with 12 PCs, an office network and cloud mail. */
  static Situation kumamotoShop(int pcs, boolean sme, boolean small) {
    Map<Integer, Answer> answers = new HashMap<>();
    for (int i = 1; i <= 25; i++) {
      answers.put(i, i % 4 == 0 ? Answer.IMPLEMENTED : Answer.NOT_IMPLEMENTED);
    }
    return new Situation(10, 1, sme, small, Map.of("PC", pcs, "NETWORK", 1, "CLOUD_EMAIL", 1), 0, 1,
        Map.of(Threat.ImpactAxis.C, 2, Threat.ImpactAxis.I, 2, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL), answers, Set.of());
  }

  static MatchingCompany kumamoto(int pcs, boolean sme, boolean small, long monthlyBudget) {
    return new MatchingCompany(kumamotoShop(pcs, sme, small), "43", "MANUFACTURING", monthlyBudget);
  }

  private static final MatchingCompany SHOP = kumamoto(12, true, false, 30_000);

  private MatchResult match(MatchingCompany c, TestServices... services) {
    Budget budget = ServiceMatcher.budget(c.monthlyBudgetYen(), 300_000, 40);
    Plan plan = new Planner(CATALOGUE).plan(c.situation(), budget);
    return matcher.match(c, plan, budget, Stream.of(services).map(TestServices::build).toList());
  }

  static Stream<Arguments> filters() {
    TestServices s = TestServices.network(1);
    return Stream.of(
        Arguments.of("dispatches to Kumamoto", s.prefectures("43"), null, null),
        Arguments.of("dispatches to Tokyo only", s.prefectures("13"), Filter.REGION, "match.excluded.region"),
        Arguments.of("takes 5 to 20 employees", s.employees(5, 20), null, null),
        Arguments.of("takes 20 or more employees", s.employees(20, null), Filter.EMPLOYEES, "match.excluded.employees"),
        Arguments.of("takes up to 5 employees", s.employees(null, 5), Filter.EMPLOYEES, "match.excluded.employees"),
        Arguments.of("takes 1 to 12 devices", s.devices(1, 12), null, null),
        Arguments.of("takes 13 or more devices", s.devices(13, null), Filter.DEVICES, "match.excluded.devices"),
        Arguments.of("serves manufacturers", s.industries("MANUFACTURING"), null, null),
        Arguments.of("serves retailers only", s.industries("RETAIL"), Filter.INDUSTRY, "match.excluded.industry"),
        Arguments.of("delivers only OT measures (no OT here)", s.measures("OT-SEGMENT"), Filter.NOTHING_OPEN,
            "match.excluded.nothingOpen"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void eachHardFilterExcludesOnlyOnItsWrongSideAndSaysWhy(String name, TestServices service, Filter expected,
      String key) {
    MatchResult result = match(SHOP, service);
    if (expected == null) {
      assertThat(result.excluded()).isEmpty();
      assertThat(result.matches()).hasSize(1);
    } else {
      assertThat(result.matches()).isEmpty();
      ExcludedService e = result.excluded().get(0);
      assertThat(e.filters()).containsExactly(expected);
      assertThat(e.reasons()).extracting(Reason::key).containsExactly(key);
      assertThat(result.excludedBy()).containsEntry(expected, 1);
    }
  }

  @Test
  void theRegionReasonNamesTheCompanysPrefecture() {
    Reason r = match(SHOP, TestServices.network(1).prefectures("13", "14")).excluded().get(0).reasons().get(0);
    assertThat(r.args()).containsExactly(Reason.of("match.prefecture.43"), 2);
  }

  static Stream<Arguments> prices() {
    TestServices perDevice = TestServices.network(1).price(0, 1_000, 0);
    return Stream.of(
        // service, pcs, sme, small, monthly, subsidy per month, first year
        Arguments.of("per device, no subsidy", perDevice, 12, true, false, 12_000L, 0L, 144_000L),
        Arguments.of("per device, SME at 1/2", perDevice.subsidy(true), 12, true, false, 12_000L, 6_000L, 72_000L),
        Arguments.of("per device, small firm at 2/3", perDevice.subsidy(true), 12, true, true, 12_000L, 8_000L, 48_000L),
        Arguments.of("non-SME gets no subsidy", perDevice.subsidy(true), 12, false, false, 12_000L, 0L, 144_000L),
        Arguments.of("claim under the minimum", perDevice.subsidy(true), 4, true, false, 4_000L, 0L, 48_000L),
        Arguments.of("per company plus one-off", TestServices.network(1).price(8_800, 0, 30_000), 12, true, false,
            8_800L, 0L, 30_000L + 12 * 8_800L),
        Arguments.of("both fees, SME at 1/2", TestServices.network(1).price(5_000, 500, 10_000).subsidy(true), 12,
            true, false, 11_000L, 5_500L, 10_000L + 12 * 5_500L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prices")
  void thePriceIsForTheCompanysOwnDevicesNetOfTheSubsidyItMayClaim(String name, TestServices service, int pcs,
      boolean sme, boolean small, long monthly, long subsidy, long firstYear) {
    ServiceMatch m = match(kumamoto(pcs, sme, small, 100_000), service).matches().get(0);
    assertThat(m.monthlyYen()).isEqualTo(monthly);
    assertThat(m.subsidyMonthlyYen()).isEqualTo(subsidy);
    assertThat(m.firstYearYen()).isEqualTo(firstYear);
    assertThat(m.reasons()).extracting(Reason::key).contains(service.perDevice() > 0
        ? "match.reason.price.devices" : "match.reason.price.company");
    if (subsidy > 0) {
      assertThat(m.reasons()).anySatisfy(r -> {
        assertThat(r.key()).isEqualTo("match.reason.subsidy");
        assertThat(r.args().get(0)).isEqualTo(monthly - subsidy);
      });
    }
    if (!sme) {
      assertThat(m.reasons()).extracting(Reason::key).contains("match.reason.subsidy.notSme");
    }
  }

  @Test
  void withinBudgetComesFirstThenRiskPerFirstYearYenThenRiskRemoved() {
    TestServices cheapSmall = TestServices.network(1).measures("NET-UTM").price(3_000, 0, 0);
    TestServices cheapBig = TestServices.network(2).price(3_000, 0, 0);
    TestServices dearBig = TestServices.network(3).price(25_000, 0, 0);
    TestServices overBudget = TestServices.network(4).measures("NET-UTM", "NET-LOG", "INC-01", "INC-INSURANCE",
        "DEV-EDR", "BACKUP-01").price(40_000, 0, 0);
    TestServices freeSmall = TestServices.network(5).measures("NET-UTM").price(0, 0, 0);
    TestServices freeBig = TestServices.network(6).price(0, 0, 0);

    List<ServiceMatch> ranked = match(SHOP, cheapSmall, cheapBig, dearBig, overBudget, freeSmall, freeBig).matches();

    assertThat(ranked).extracting(m -> m.service().serviceId()).containsExactly(6L, 5L, 2L, 1L, 3L, 4L);
    assertThat(ranked.get(5).withinBudget()).isFalse();
    assertThat(ranked.get(5).reasons()).extracting(Reason::key).contains("match.reason.overBudget");
    assertThat(ranked.get(5).riskRemoved()).isGreaterThan(ranked.get(2).riskRemoved());
  }

  @Test
  void aServiceThatCoversThePlansFirstItemsSaysHowManyAndWhichThreatItCuts() {
    Budget budget = ServiceMatcher.budget(SHOP.monthlyBudgetYen(), 300_000, 40);
    Plan plan = new Planner(CATALOGUE).plan(SHOP.situation(), budget);
    String[] firstThree = plan.items().stream().limit(3).map(i -> i.measure().code()).toArray(String[]::new);
    TestServices covering = TestServices.network(1).measures(firstThree);

    ServiceMatch m = match(SHOP, covering).matches().get(0);

    Reason planReason = m.reasons().get(0);
    assertThat(planReason.key()).isEqualTo("match.reason.plan");
    assertThat(planReason.args().subList(1, 3)).containsExactly(3, 5);
    Threat top = OfferValuation.of(CATALOGUE, SHOP.situation(), budget).topThreat();
    assertThat(m.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo("match.reason.topThreat");
      assertThat(r.args().get(1)).isEqualTo(top.name());
    });
    assertThat(m.riskRemovedShare()).isBetween(0.0, 1.0);
  }

  @Test
  void riskRemovedIsThePlansOwnModelAServiceOfTheUnboundedPlansMeasuresRemovesWhatThatPlanRemoves() {
    Budget unlimited = new Budget(10_000_000, 100_000_000, 10_000, true);
    Plan everything = new Planner(CATALOGUE).plan(SHOP.situation(), unlimited);
    String[] all = everything.items().stream().map(i -> i.measure().code()).toArray(String[]::new);
    MatchingCompany rich = new MatchingCompany(SHOP.situation(), "43", "MANUFACTURING", 10_000_000);
    PublishedService service = TestServices.network(1).measures(all).build();

    ServiceMatch m = matcher.match(rich, everything, unlimited, List.of(service)).matches().get(0);

    assertThat(m.riskRemoved()).isCloseTo(everything.riskBefore() - everything.riskAfter(),
        org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void class2IsOfferedOnlyFrom50EndpointsOrWhenNoClass1ServiceReaches() {
    TestServices class1 = TestServices.network(1);
    TestServices class2 = TestServices.network(2).class2().devices(null, null);

    MatchResult small = match(SHOP, class1, class2);
    assertThat(small.excluded()).singleElement().satisfies(e -> {
      assertThat(e.service().serviceId()).isEqualTo(2L);
      assertThat(e.filters()).containsExactly(Filter.CLASS_2);
    });

    MatchResult alone = match(SHOP, class1.prefectures("13"), class2);
    assertThat(alone.matches()).singleElement().satisfies(m ->
        assertThat(m.reasons()).extracting(Reason::key).contains("match.reason.class2.noClass1"));

    MatchResult large = match(kumamoto(60, true, false, 300_000), class1, class2);
    assertThat(large.matches()).extracting(m -> m.service().serviceId()).contains(1L, 2L);
    assertThat(large.matches()).filteredOn(m -> m.service().serviceId() == 2L).singleElement()
        .satisfies(m -> assertThat(m.reasons()).extracting(Reason::key).contains("match.reason.class2"));
  }

  @Test
  void noMatchSaysWhichFilterExcludedWhat() {
    MatchResult result = match(SHOP, TestServices.network(1).prefectures("13"),
        TestServices.network(2).employees(50, null).devices(30, null), TestServices.network(3).industries("RETAIL"));
    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy()).containsEntry(Filter.REGION, 1).containsEntry(Filter.EMPLOYEES, 1)
        .containsEntry(Filter.DEVICES, 1).containsEntry(Filter.INDUSTRY, 1);
    assertThat(result.excluded().get(1).reasons()).extracting(Reason::key)
        .containsExactly("match.excluded.employees", "match.excluded.devices");
    assertThat(result.excluded().get(1).reasons().get(0).args())
        .containsExactly(10, Reason.of("match.range.atLeast", 50));
  }
}
