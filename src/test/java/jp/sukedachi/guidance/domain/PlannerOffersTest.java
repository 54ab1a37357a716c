package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;
import org.junit.jupiter.api.Test;

/** Offers (a provider's service, an expert's hours) planned with and against the measures they bundle. */
class PlannerOffersTest {
  private final Scenarios.Company manufacturer = Scenarios.company("manufacturer");
  private final Planner planner = new Planner(Scenarios.catalogue());

  private static List<String> codes(Plan p) {
    return p.items().stream().map(i -> i.measure().code()).toList();
  }

  /** The two chosen measures of the plan without offers that cost the most per month. */
  private List<Plan.Item> twoPaidItems(Plan plan) {
    List<Plan.Item> paid = plan.items().stream().filter(i -> i.monthlyYen() > 0)
        .sorted((a, b) -> Long.compare(b.monthlyYen(), a.monthlyYen())).limit(2).toList();
    assertThat(paid).hasSize(2);
    return paid;
  }

  private static Offer offer(String code, List<Plan.Item> parts, long monthly, double hours) {
    return new Offer(code, new Bilingual("テスト提供", "Test offer"),
        Set.copyOf(parts.stream().map(i -> i.measure().code()).toList()), 0, monthly, 0, Set.of(), hours, false);
  }

  @Test
  void aBundleCheaperThanItsPartsReplacesThemAndSaysWhatTheyWouldCostSeparately() {
    Plan without = planner.plan(manufacturer.situation(), manufacturer.budget());
    List<Plan.Item> parts = twoPaidItems(without);
    long separately = parts.stream().mapToLong(Plan.Item::monthlyYen).sum();
    Offer cheap = offer("CHEAP", parts, separately / 2, 0);

    Plan with = planner.plan(manufacturer.situation(), manufacturer.budget(), List.of(cheap));

    assertThat(codes(with)).contains("OFFER:CHEAP")
        .doesNotContain(parts.get(0).measure().code(), parts.get(1).measure().code());
    assertThat(with.riskAfter()).isLessThanOrEqualTo(without.riskAfter() * (1 + PlanOptimiser.GAP) + 1e-9);
    Plan.Item item = with.items().stream().filter(i -> i.measure().code().equals("OFFER:CHEAP")).findFirst().orElseThrow();
    assertThat(item.monthlyYen()).isEqualTo(separately / 2);
    assertThat(item.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo("plan.reason.offer");
      assertThat(r.args()).contains(2, separately);
    });
  }

  @Test
  void aBundleDearerThanItsPartsIsNotBought() {
    Plan without = planner.plan(manufacturer.situation(), manufacturer.budget());
    List<Plan.Item> parts = twoPaidItems(without);
    long separately = parts.stream().mapToLong(Plan.Item::monthlyYen).sum();
    Offer dear = offer("DEAR", parts, separately * 3, 100);

    Plan with = planner.plan(manufacturer.situation(), manufacturer.budget(), List.of(dear));

    assertThat(codes(with)).doesNotContain("OFFER:DEAR")
        .contains(parts.get(0).measure().code(), parts.get(1).measure().code());
  }

  @Test
  void anOfferOfNothingOpenIsIgnored() {
    Offer nothing = new Offer("NONE", new Bilingual("なし", "None"), Set.of("NO-SUCH-MEASURE"), 0, 1, 0,
        Set.of(), 0, false);
    Plan without = planner.plan(manufacturer.situation(), manufacturer.budget());
    Plan with = planner.plan(manufacturer.situation(), manufacturer.budget(), List.of(nothing));
    assertThat(codes(with)).isEqualTo(codes(without));
  }

  @Test
  void twoOffersDeliveringTheSameMeasureAreNeverBothBought() {
    Plan without = planner.plan(manufacturer.situation(), manufacturer.budget());
    List<Plan.Item> parts = twoPaidItems(without);
    Offer first = offer("FIRST", parts, 100, 0);
    Offer second = offer("SECOND", List.of(parts.get(0)), 50, 0);

    Plan with = planner.plan(manufacturer.situation(), manufacturer.budget(), List.of(first, second));

    assertThat(codes(with).stream().filter(c -> c.startsWith("OFFER:"))).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void aPerDeviceOfferIsPricedForTheCompanysOwnDevices() {
    Plan without = planner.plan(manufacturer.situation(), manufacturer.budget());
    List<Plan.Item> parts = twoPaidItems(without);
    Offer perDevice = new Offer("EDR", new Bilingual("端末監視", "Endpoint monitoring"),
        Set.of(parts.get(0).measure().code()), 10_000, 0, 100, Offer.ENDPOINTS, 0, false);
    // 40 PCs and 2 servers.
    assertThat(perDevice.monthlyYen(manufacturer.situation())).isEqualTo(4_200);

    Planner.OfferComparison compared = planner.compare(manufacturer.situation(), manufacturer.budget(), perDevice);

    assertThat(compared.separateMonthlyYen()).isEqualTo(parts.get(0).monthlyYen());
    assertThat(codes(compared.without())).doesNotContain("OFFER:EDR");
    assertThat(compared.with().riskAfter())
        .isLessThanOrEqualTo(compared.without().riskAfter() * (1 + PlanOptimiser.GAP) + 1e-9);
  }
}
