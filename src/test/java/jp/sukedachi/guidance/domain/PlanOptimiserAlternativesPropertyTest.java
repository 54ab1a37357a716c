package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.sukedachi.guidance.domain.Knapsack.Item;
import jp.sukedachi.guidance.domain.Knapsack.Problem;
import jp.sukedachi.guidance.domain.Knapsack.Selection;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Alternatives (a bundle and the measures it contains, two ways to do one thing) are never both
 * chosen, and the search still ends within the gap of the exhaustive optimum.
 */
class PlanOptimiserAlternativesPropertyTest {

  /** A random instance where some items are bundles of others (conflicting with their parts). */
  static Problem withBundles(long seed, int size, int threats) {
    Problem base = PlanOptimiserPropertyTest.instance(seed, size, threats);
    Random r = new Random(seed ^ 0x5eed);
    List<Item> items = new ArrayList<>(base.items());
    int bundles = 1 + r.nextInt(3);
    for (int b = 0; b < bundles && items.size() < 20; b++) {
      List<Integer> parts = new ArrayList<>();
      double[] strength = new double[threats];
      double[] keep = new double[threats];
      java.util.Arrays.fill(keep, 1);
      long monthly = 0;
      for (int i = 0; i < base.items().size(); i++) {
        if (r.nextDouble() < 0.3) {
          parts.add(i);
          Item it = base.items().get(i);
          for (int t = 0; t < threats; t++) {
            keep[t] *= 1 - it.strength()[t];
          }
          monthly += it.monthlyYen();
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      for (int t = 0; t < threats; t++) {
        strength[t] = 1 - keep[t];
      }
      // Sometimes cheaper than its parts, sometimes dearer.
      long price = Math.max(0, (long) (monthly * (0.5 + r.nextDouble())));
      items.add(new Item("B" + b, 0, price, 0.5, strength, List.of(), parts));
    }
    return new Problem(base.risk(), items, base.monthlyCap(), base.oneOffCap(), base.hoursCap());
  }

  @Property(tries = 300)
  void bundlesAndTheirPartsAreNeverBothChosenAndTheResultIsNearOptimal(@ForAll @LongRange long seed,
      @ForAll @IntRange(min = 1, max = 14) int size, @ForAll @IntRange(min = 1, max = 11) int threats) {
    Problem p = withBundles(seed, size, threats);
    Selection s = new PlanOptimiser().solve(p);
    assertThat(p.feasible(s.chosen())).as("no alternatives together, within every limit").isTrue();
    assertThat(p.removedBy(s.chosen())).isCloseTo(s.removed(), within(1e-9));
    assertThat(s.removed() * (1 + PlanOptimiser.GAP))
        .isGreaterThanOrEqualTo(PlanOptimiserPropertyTest.exhaustive(p) - 1e-9);
  }

  @Test
  void twoWaysToDoOneThingAreNeverBothChosenThoughBothWouldRemoveMore() {
    double[] risk = {10};
    Item dear = new Item("DEAR", 0, 9_000, 1, new double[] {0.8}, List.of());
    Item cheap = new Item("CHEAP", 0, 3_000, 1, new double[] {0.8}, List.of(), List.of(0));
    Problem p = new Problem(risk, List.of(dear, cheap), 20_000, 0, 10);
    Selection s = new PlanOptimiser().solve(p);
    assertThat(s.chosen()[0] ^ s.chosen()[1]).isTrue();
    assertThat(s.removed()).isCloseTo(8, within(1e-9));
  }
}
