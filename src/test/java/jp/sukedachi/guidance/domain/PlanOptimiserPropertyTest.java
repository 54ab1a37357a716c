package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

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

/** On instances small enough to enumerate, the plan is within 1% of the exhaustive optimum. */
class PlanOptimiserPropertyTest {

  /** A random instance: 1–20 measures over 1–11 threats, with costs, hours and prerequisites. */
  static Problem instance(long seed, int size, int threats) {
    Random r = new Random(seed);
    double[] risk = new double[threats];
    for (int t = 0; t < threats; t++) {
      risk[t] = 0.5 + r.nextDouble() * 8.5;
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double[] s = new double[threats];
      for (int t = 0; t < threats; t++) {
        s[t] = r.nextDouble() < 0.35 ? 0.05 + r.nextDouble() * 0.55 : 0;
      }
      List<Integer> pre = new ArrayList<>();
      if (i > 0 && r.nextDouble() < 0.25) {
        pre.add(r.nextInt(i));
      }
      long oneOff = r.nextDouble() < 0.5 ? 0 : 1_000 * (1 + r.nextInt(200));
      long monthly = r.nextDouble() < 0.6 ? 0 : 500 * (1 + r.nextInt(40));
      double hours = 0.1 * (1 + r.nextInt(40));
      items.add(new Item("M" + i, oneOff, monthly, hours, s, pre));
    }
    long monthlyCap = 500L * r.nextInt(60);
    long oneOffCap = 1_000L * r.nextInt(400);
    double hoursCap = 0.5 * r.nextInt(30);
    return new Problem(risk, items, monthlyCap, oneOffCap, hoursCap);
  }

  static double exhaustive(Problem p) {
    int n = p.items().size();
    double best = 0;
    boolean[] chosen = new boolean[n];
    for (int mask = 0; mask < (1 << n); mask++) {
      for (int i = 0; i < n; i++) {
        chosen[i] = (mask & (1 << i)) != 0;
      }
      if (p.feasible(chosen)) {
        best = Math.max(best, p.removedBy(chosen));
      }
    }
    return best;
  }

  @Property(tries = 300)
  void withinOnePercentOfTheOptimum(@ForAll @LongRange long seed,
      @ForAll @IntRange(min = 1, max = 16) int size, @ForAll @IntRange(min = 1, max = 11) int threats) {
    Problem p = instance(seed, size, threats);
    Selection s = new PlanOptimiser().solve(p);
    double optimum = exhaustive(p);
    assertThat(p.feasible(s.chosen())).isTrue();
    assertThat(p.removedBy(s.chosen())).isCloseTo(s.removed(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.removed()).isGreaterThanOrEqualTo(0.99 * optimum - 1e-9);
    assertThat(s.provenNearOptimal()).isTrue();
  }

  @Property(tries = 15)
  void twentyCandidatesAreStillSolvedToWithinOnePercent(@ForAll @LongRange long seed) {
    Problem p = instance(seed, 20, 11);
    Selection s = new PlanOptimiser().solve(p);
    assertThat(p.feasible(s.chosen())).isTrue();
    assertThat(s.removed()).isGreaterThanOrEqualTo(0.99 * exhaustive(p) - 1e-9);
  }

  @Property(tries = 50)
  void sameInputsSamePlan(@ForAll @LongRange long seed) {
    Problem p = instance(seed, 30, 11);
    assertThat(new PlanOptimiser().solve(p).chosen()).isEqualTo(new PlanOptimiser().solve(p).chosen());
  }
}
