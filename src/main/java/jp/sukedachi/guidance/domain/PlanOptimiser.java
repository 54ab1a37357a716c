package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import jp.sukedachi.guidance.domain.Knapsack.Item;
import jp.sukedachi.guidance.domain.Knapsack.Problem;
import jp.sukedachi.guidance.domain.Knapsack.Selection;

/**
 * Chooses the measures that remove the most risk within the monthly budget, the one-off budget
 * and the staff hours, honouring prerequisites. Depth-first branch and bound: a greedy plan is
 * the first incumbent; a node is pruned when even the fractional-knapsack bound on the summed
 * marginal gains of the remaining items (valid because risk reduction is submodular) cannot beat
 * the incumbent by more than {@link #GAP}; a second bound is the gain of adding every remaining
 * item that fits. A finished search is therefore within 0.5% of the optimum. Problems of up to
 * {@link #EXACT_UP_TO} candidates always finish; larger ones stop after a node limit, which
 * keeps the time bounded and the result deterministic.
 */
public final class PlanOptimiser {
  /** Relative optimality gap accepted when pruning. */
  public static final double GAP = 0.005;
  /** Up to this many candidates the search runs to the end, whatever the node limit. */
  public static final int EXACT_UP_TO = 20;
  private static final long DEFAULT_NODE_LIMIT = 3_000;

  private final long nodeLimit;

  public PlanOptimiser() {
    this(DEFAULT_NODE_LIMIT);
  }

  public PlanOptimiser(long nodeLimit) {
    this.nodeLimit = nodeLimit;
  }

  public Selection solve(Problem problem) {
    return new Search(problem, nodeLimit).run();
  }

  /** One search; holds the mutable state of the recursion. */
  private static final class Search {
    private final double[] risk;
    private final Item[] items;
    private final int[] order;
    private final long monthlyCap;
    private final long oneOffCap;
    private final double hoursCap;
    private final long nodeLimit;
    private final boolean[] chosen;
    private boolean[] best;
    private double bestValue = -1;
    private long nodes;
    private final double[] gains;
    private final Integer[] scratch;
    private final double[] untouched;
    /** Whether an item is a prerequisite of another: worth choosing even if it removes nothing itself. */
    private final boolean[] enables;

    Search(Problem p, long nodeLimit) {
      this.risk = p.risk();
      this.items = p.items().toArray(Item[]::new);
      this.monthlyCap = p.monthlyCap();
      this.oneOffCap = p.oneOffCap();
      this.hoursCap = p.hoursCap();
      this.nodeLimit = items.length <= EXACT_UP_TO ? Long.MAX_VALUE : nodeLimit;
      this.order = searchOrder(p);
      this.chosen = new boolean[items.length];
      this.best = new boolean[items.length];
      this.gains = new double[items.length];
      this.scratch = new Integer[items.length];
      this.untouched = new double[risk.length];
      this.enables = new boolean[items.length];
      for (Item it : items) {
        it.prerequisites().forEach(p2 -> enables[p2] = true);
      }
    }

    Selection run() {
      double[] residual = new double[risk.length];
      Arrays.fill(residual, 1.0);
      greedy(residual.clone());
      Arrays.fill(chosen, false);
      branch(0, residual, 0, 0, 0, 0);
      return new Selection(best, bestValue, nodes < nodeLimit, nodes);
    }

    /** Items by decreasing initial gain per normalised cost, then fixed so prerequisites come first. */
    private int[] searchOrder(Problem p) {
      int n = items.length;
      double[] ratio = new double[n];
      for (int i = 0; i < n; i++) {
        double gain = 0;
        for (int t = 0; t < risk.length; t++) {
          gain += risk[t] * items[i].strength()[t];
        }
        ratio[i] = gain / (1e-9 + cost(items[i]));
      }
      Comparator<Integer> byRatio = Comparator.<Integer>comparingDouble(i -> -ratio[i])
          .thenComparing(i -> items[i].code());
      int[] waiting = new int[n];
      List<List<Integer>> dependents = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        dependents.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        for (int pre : items[i].prerequisites()) {
          waiting[i]++;
          dependents.get(pre).add(i);
        }
      }
      PriorityQueue<Integer> ready = new PriorityQueue<>(byRatio);
      for (int i = 0; i < n; i++) {
        if (waiting[i] == 0) {
          ready.add(i);
        }
      }
      int[] out = new int[n];
      int k = 0;
      while (!ready.isEmpty()) {
        int i = ready.poll();
        out[k++] = i;
        for (int d : dependents.get(i)) {
          if (--waiting[d] == 0) {
            ready.add(d);
          }
        }
      }
      if (k != n) {
        throw new IllegalArgumentException("Prerequisites form a cycle");
      }
      return out;
    }

    /** Weighted cost used for ordering: each resource as a share of its limit. */
    private double cost(Item it) {
      return share(it.monthlyYen(), monthlyCap) + share(it.oneOffYen(), oneOffCap)
          + share(it.hours(), hoursCap);
    }

    private static double share(double used, double cap) {
      if (used <= 0) {
        return 0;
      }
      return cap <= 0 ? 1e9 : used / cap;
    }

    private void greedy(double[] residual) {
      long monthly = 0;
      long oneOff = 0;
      double hours = 0;
      double value = 0;
      for (int i : order) {
        Item it = items[i];
        if (prerequisitesChosen(it) && monthly + it.monthlyYen() <= monthlyCap
            && oneOff + it.oneOffYen() <= oneOffCap && hours + it.hours() <= hoursCap + 1e-9) {
          double gain = gain(it, residual);
          if (gain > 0 || enables[i]) {
            chosen[i] = true;
            value += gain;
            apply(it, residual);
            monthly += it.monthlyYen();
            oneOff += it.oneOffYen();
            hours += it.hours();
          }
        }
      }
      record(value);
    }

    private void branch(int k, double[] residual, long monthly, long oneOff, double hours,
        double value) {
      nodes++;
      if (value > bestValue + 1e-12) {
        record(value);
      }
      if (k == order.length || nodes >= nodeLimit) {
        return;
      }
      if (value + bound(k, residual, monthly, oneOff, hours) <= bestValue * (1 + GAP) + 1e-12) {
        return;
      }
      int i = order[k];
      Item it = items[i];
      if (prerequisitesChosen(it) && monthly + it.monthlyYen() <= monthlyCap
          && oneOff + it.oneOffYen() <= oneOffCap && hours + it.hours() <= hoursCap + 1e-9) {
        double gain = gain(it, residual);
        if (gain > 0 || enables[i]) {
          double[] next = residual.clone();
          apply(it, next);
          chosen[i] = true;
          branch(k + 1, next, monthly + it.monthlyYen(), oneOff + it.oneOffYen(),
              hours + it.hours(), value + gain);
          chosen[i] = false;
        }
      }
      branch(k + 1, residual, monthly, oneOff, hours, value);
    }

    /**
     * Upper bound on what the items from position k on can still add: for each resource, a
     * fractional knapsack of their marginal gains; the smallest of the three.
     */
    private double bound(int k, double[] residual, long monthly, long oneOff, double hours) {
      int m = 0;
      double sum = 0;
      Arrays.fill(untouched, 1.0);
      for (int p = k; p < order.length; p++) {
        int i = order[p];
        Item it = items[i];
        if (monthly + it.monthlyYen() > monthlyCap || oneOff + it.oneOffYen() > oneOffCap
            || hours + it.hours() > hoursCap + 1e-9) {
          continue;
        }
        double g = gain(it, residual);
        if (g > 0) {
          gains[i] = g;
          scratch[m++] = i;
          sum += g;
          apply(it, untouched);
        }
      }
      double all = 0;
      for (int t = 0; t < risk.length; t++) {
        all += risk[t] * residual[t] * (1 - untouched[t]);
      }
      double bound = Math.min(sum, all);
      bound = Math.min(bound, fractional(m, monthlyCap - monthly, 0));
      bound = Math.min(bound, fractional(m, oneOffCap - oneOff, 1));
      return Math.min(bound, fractional(m, hoursCap - hours, 2));
    }

    private double fractional(int m, double capacity, int resource) {
      Arrays.sort(scratch, 0, m, Comparator.comparingDouble(
          (Integer i) -> -gains[i] / Math.max(1e-12, weight(items[i], resource))));
      double left = capacity;
      double total = 0;
      for (int j = 0; j < m; j++) {
        int i = scratch[j];
        double w = weight(items[i], resource);
        if (w <= left) {
          total += gains[i];
          left -= w;
        } else {
          total += gains[i] * Math.max(0, left) / w;
          break;
        }
      }
      return total;
    }

    private static double weight(Item it, int resource) {
      return switch (resource) {
        case 0 -> it.monthlyYen();
        case 1 -> it.oneOffYen();
        default -> it.hours();
      };
    }

    private boolean prerequisitesChosen(Item it) {
      for (int p : it.prerequisites()) {
        if (!chosen[p]) {
          return false;
        }
      }
      return true;
    }

    private double gain(Item it, double[] residual) {
      double g = 0;
      double[] s = it.strength();
      for (int t = 0; t < risk.length; t++) {
        g += risk[t] * residual[t] * s[t];
      }
      return g;
    }

    private static void apply(Item it, double[] residual) {
      double[] s = it.strength();
      for (int t = 0; t < residual.length; t++) {
        residual[t] *= 1 - s[t];
      }
    }

    private void record(double value) {
      bestValue = value;
      best = chosen.clone();
    }
  }
}
