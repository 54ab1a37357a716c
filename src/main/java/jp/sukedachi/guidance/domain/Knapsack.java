package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection problem in numbers: threats' current risks, candidate measures with their costs
 * and strengths, and three capacities. Choosing a set S leaves Σ_t risk_t · Π_{m∈S}(1 − s_mt).
 */
public final class Knapsack {
  private Knapsack() {}

  /**
   * One candidate measure.
   *
   * @param strength per threat index, the share of that threat's remaining risk it removes
   * @param prerequisites indices of candidates that must be chosen with it
   * @param conflicts indices of candidates that cannot be chosen with it (alternatives: a bundle
   *     and the measures it already contains, two ways of doing the same thing); the relation is
   *     made symmetric by the optimiser
   */
  public record Item(String code, long oneOffYen, long monthlyYen, double hours, double[] strength,
      List<Integer> prerequisites, List<Integer> conflicts) {
    public Item {
      strength = strength.clone();
      prerequisites = List.copyOf(prerequisites);
      conflicts = List.copyOf(conflicts);
    }

    /**
     * The risk this item removes, given the share of each risk still left; with {@code residual}
     * null, all of it is left (what the item removes on its own).
     */
    public double removes(double[] risk, double[] residual) {
      double g = 0;
      for (int t = 0; t < risk.length; t++) {
        g += risk[t] * (residual == null ? 1 : residual[t]) * strength[t];
      }
      return g;
    }

    /** Takes this item: each share still left shrinks by what it removes. */
    public void leaves(double[] residual) {
      for (int t = 0; t < residual.length; t++) {
        residual[t] *= 1 - strength[t];
      }
    }

    /** An item that excludes nothing. */
    public Item(String code, long oneOffYen, long monthlyYen, double hours, double[] strength,
        List<Integer> prerequisites) {
      this(code, oneOffYen, monthlyYen, hours, strength, prerequisites, List.of());
    }
  }

  /** Risks per threat, candidates, and the budget's three limits. */
  public record Problem(double[] risk, List<Item> items, long monthlyCap, long oneOffCap,
      double hoursCap) {
    public Problem {
      risk = risk.clone();
      items = List.copyOf(items);
    }

    public double totalRisk() {
      double sum = 0;
      for (double r : risk) {
        sum += r;
      }
      return sum;
    }

    /**
     * The same problem with fewer dimensions: risks that no item touches are left out, and risks
     * that every item touches alike (the same strength from each) are added into one, which
     * changes no plan's gain. Risk cells of one route often differ only in what no candidate
     * affects, so this shrinks the work per search node.
     */
    public Problem merged() {
      int n = items.size();
      Map<List<Double>, Integer> column = new LinkedHashMap<>();
      List<Double> mergedRisk = new ArrayList<>();
      int[] target = new int[risk.length];
      for (int t = 0; t < risk.length; t++) {
        List<Double> strengths = new ArrayList<>(n);
        boolean touched = false;
        for (Item it : items) {
          strengths.add(it.strength()[t]);
          touched |= it.strength()[t] > 0;
        }
        if (!touched) {
          target[t] = -1;
          continue;
        }
        Integer at = column.get(strengths);
        if (at == null) {
          at = mergedRisk.size();
          column.put(strengths, at);
          mergedRisk.add(0.0);
        }
        mergedRisk.set(at, mergedRisk.get(at) + risk[t]);
        target[t] = at;
      }
      if (mergedRisk.size() == risk.length) {
        return this;
      }
      List<Item> mergedItems = new ArrayList<>(n);
      for (Item it : items) {
        double[] s = new double[mergedRisk.size()];
        for (int t = 0; t < target.length; t++) {
          if (target[t] >= 0) {
            s[target[t]] = it.strength()[t];
          }
        }
        mergedItems.add(new Item(it.code(), it.oneOffYen(), it.monthlyYen(), it.hours(), s, it.prerequisites(),
            it.conflicts()));
      }
      return new Problem(mergedRisk.stream().mapToDouble(Double::doubleValue).toArray(), mergedItems, monthlyCap,
          oneOffCap, hoursCap);
    }

    /** Risk removed by choosing the given items (no feasibility check). */
    public double removedBy(boolean[] chosen) {
      double removed = 0;
      for (int t = 0; t < risk.length; t++) {
        double residual = 1;
        for (int i = 0; i < items.size(); i++) {
          if (chosen[i]) {
            residual *= 1 - items.get(i).strength()[t];
          }
        }
        removed += risk[t] * (1 - residual);
      }
      return removed;
    }

    /** Whether a set fits all three limits, carries its prerequisites and holds no two alternatives. */
    public boolean feasible(boolean[] chosen) {
      long monthly = 0;
      long oneOff = 0;
      double hours = 0;
      for (int i = 0; i < items.size(); i++) {
        if (chosen[i]) {
          Item it = items.get(i);
          monthly += it.monthlyYen();
          oneOff += it.oneOffYen();
          hours += it.hours();
          for (int p : it.prerequisites()) {
            if (!chosen[p]) {
              return false;
            }
          }
          for (int c : it.conflicts()) {
            if (chosen[c]) {
              return false;
            }
          }
        }
      }
      return monthly <= monthlyCap && oneOff <= oneOffCap && hours <= hoursCap + 1e-9;
    }
  }

  /**
   * The chosen items, the risk they remove, and whether the search finished, which proves the
   * result within {@link PlanOptimiser#GAP} of the optimum.
   */
  public record Selection(boolean[] chosen, double removed, boolean provenNearOptimal, long nodes) {
    public Selection {
      chosen = chosen.clone();
    }
  }
}
