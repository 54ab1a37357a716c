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
 * and the staff hours, honouring prerequisites. Depth-first branch and bound over the measures
 * in a fixed order (best initial gain per normalised cost, prerequisites first). A greedy plan is
 * the first incumbent; the greedy completion of the partial plan may improve it after an item is
 * left out. A node is pruned when an upper bound on what the rest can add (see {@link Bound})
 * cannot beat the incumbent by more than {@link #GAP}, and the same bound excludes or requires
 * single items in the subtree; so a finished search is within 0.5% of the optimum. Problems of
 * up to {@link #EXACT_UP_TO} candidates always finish; larger ones stop after a node limit (a
 * node is one bound evaluation), which keeps the time bounded and the result deterministic.
 * A node costs O(candidates × risk dimensions) time and allocates nothing, so the default limit
 * is a budget of work: {@value #DEFAULT_WORK_LIMIT} node-dimensions (3,000 nodes at 20 risk
 * dimensions), at least {@value #MIN_NODES} nodes.
 */
public final class PlanOptimiser {
  /** Relative optimality gap accepted when pruning. */
  public static final double GAP = 0.005;
  /** Up to this many candidates the search runs to the end, whatever the node limit. */
  public static final int EXACT_UP_TO = 20;
  /** Nodes × risk dimensions the default search may spend. */
  static final long DEFAULT_WORK_LIMIT = 60_000;
  /** The fewest nodes the default search may spend, however many dimensions. */
  static final long MIN_NODES = 1_000;
  private static final double HOURS_SLACK = 1e-9;

  /** Null: the default budget of work, in nodes for the problem's dimensions. */
  private final Long nodeLimit;

  public PlanOptimiser() {
    this.nodeLimit = null;
  }

  public PlanOptimiser(long nodeLimit) {
    this.nodeLimit = nodeLimit;
  }

  public Selection solve(Problem problem) {
    Instance in = new Instance(problem.merged());
    long limit = nodeLimit != null ? nodeLimit : Math.max(MIN_NODES, DEFAULT_WORK_LIMIT / Math.max(1, in.threats));
    return new Search(in, in.n <= EXACT_UP_TO ? Long.MAX_VALUE : limit).run();
  }

  /**
   * The problem in search order, as flat primitive arrays: everything below is indexed by the
   * position in that order, never by the caller's index, and nothing is boxed.
   */
  static final class Instance {
    /** Smallest share of a threat an item may leave, for the logarithms of {@link Bound}. */
    static final double LEAVES_AT_LEAST = 1e-12;

    final int n;
    final int threats;
    final double[] risk;
    /** Caller's index of the item at each position. */
    final int[] original;
    /** strength[p * threats + t]: share of threat t's remaining risk item p removes. */
    final double[] strength;
    /** −ln(1 − strength), with 1 − strength at least {@link #LEAVES_AT_LEAST}. */
    final double[] logKeep;
    /** touches[p]: the threats (risk dimensions) item p has a strength on; the hot loops skip the rest. */
    final int[][] touches;
    final long[] monthly;
    final long[] oneOff;
    final double[] hours;
    /** weight[r][p]: item p's use of resource r (0 monthly yen, 1 one-off yen, 2 hours). */
    final double[][] weight;
    final int[][] prerequisites;
    /** conflicts[k]: the positions of the items that cannot be chosen with item k (symmetric). */
    final int[][] conflicts;
    /** Whether an item is a prerequisite of another: worth choosing even if it removes nothing itself. */
    final boolean[] enables;
    final long monthlyCap;
    final long oneOffCap;
    final double hoursCap;

    Instance(Problem p) {
      this.n = p.items().size();
      this.threats = p.risk().length;
      this.risk = p.risk();
      this.monthlyCap = p.monthlyCap();
      this.oneOffCap = p.oneOffCap();
      this.hoursCap = p.hoursCap();
      this.original = searchOrder(p);
      int[] position = new int[n];
      for (int k = 0; k < n; k++) {
        position[original[k]] = k;
      }
      strength = new double[n * threats];
      logKeep = new double[n * threats];
      touches = new int[n][];
      monthly = new long[n];
      oneOff = new long[n];
      hours = new double[n];
      weight = new double[3][n];
      prerequisites = new int[n][];
      conflicts = conflictsByPosition(p, position);
      enables = new boolean[n];
      for (int k = 0; k < n; k++) {
        Item it = p.items().get(original[k]);
        int touched = 0;
        for (int t = 0; t < threats; t++) {
          double s = it.strength()[t];
          strength[k * threats + t] = s;
          logKeep[k * threats + t] = -Math.log(Math.max(LEAVES_AT_LEAST, 1 - s));
          touched += s != 0 ? 1 : 0;
        }
        touches[k] = new int[touched];
        for (int t = 0, i = 0; t < threats; t++) {
          if (strength[k * threats + t] != 0) {
            touches[k][i++] = t;
          }
        }
        monthly[k] = it.monthlyYen();
        oneOff[k] = it.oneOffYen();
        hours[k] = it.hours();
        weight[0][k] = it.monthlyYen();
        weight[1][k] = it.oneOffYen();
        weight[2][k] = it.hours();
        prerequisites[k] = it.prerequisites().stream().mapToInt(i -> position[i]).toArray();
        for (int pre : prerequisites[k]) {
          enables[pre] = true;
        }
      }
    }

    private static int[][] conflictsByPosition(Problem p, int[] position) {
      int n = p.items().size();
      List<java.util.Set<Integer>> sets = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        sets.add(new java.util.TreeSet<>());
      }
      for (int i = 0; i < n; i++) {
        for (int j : p.items().get(i).conflicts()) {
          if (j != i) {
            sets.get(position[i]).add(position[j]);
            sets.get(position[j]).add(position[i]);
          }
        }
      }
      int[][] out = new int[n][];
      for (int k = 0; k < n; k++) {
        out[k] = sets.get(k).stream().mapToInt(Integer::intValue).toArray();
      }
      return out;
    }

    /** Whether item k conflicts with any item marked in {@code taken}. */
    boolean conflictsWith(int k, boolean[] taken) {
      for (int c : conflicts[k]) {
        if (taken[c]) {
          return true;
        }
      }
      return false;
    }

    boolean fits(int k, long usedMonthly, long usedOneOff, double usedHours) {
      return usedMonthly + monthly[k] <= monthlyCap && usedOneOff + oneOff[k] <= oneOffCap
          && usedHours + hours[k] <= hoursCap + HOURS_SLACK;
    }

    /** Risk item k removes given the share of each threat still left. */
    double gain(int k, double[] residual) {
      double g = 0;
      int base = k * threats;
      for (int t : touches[k]) {
        g += risk[t] * residual[t] * strength[base + t];
      }
      return g;
    }

    void apply(int k, double[] residual) {
      int base = k * threats;
      for (int t : touches[k]) {
        residual[t] *= 1 - strength[base + t];
      }
    }

    /** Items by decreasing initial gain per normalised cost, then fixed so prerequisites come first. */
    private static int[] searchOrder(Problem p) {
      List<Item> items = p.items();
      int n = items.size();
      double[] ratio = new double[n];
      for (int i = 0; i < n; i++) {
        Item it = items.get(i);
        double gain = 0;
        for (int t = 0; t < p.risk().length; t++) {
          gain += p.risk()[t] * it.strength()[t];
        }
        double cost = share(it.monthlyYen(), p.monthlyCap()) + share(it.oneOffYen(), p.oneOffCap())
            + share(it.hours(), p.hoursCap());
        ratio[i] = gain / (1e-9 + cost);
      }
      Comparator<Integer> byRatio = Comparator.<Integer>comparingDouble(i -> -ratio[i])
          .thenComparing(i -> items.get(i).code());
      int[] waiting = new int[n];
      List<List<Integer>> dependents = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        dependents.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        for (int pre : items.get(i).prerequisites()) {
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

    /** Each resource as a share of its limit, for the search order. */
    private static double share(double used, double cap) {
      if (used <= 0) {
        return 0;
      }
      return cap <= 0 ? 1e9 : used / cap;
    }
  }

  /** One search; holds the mutable state of the recursion. Nothing is allocated per node. */
  private static final class Search {
    private final Instance in;
    private final long nodeLimit;
    private final boolean[] chosen;
    /** Items that no plan beating the incumbent by more than GAP contains, in this subtree. */
    private final boolean[] excluded;
    /** Items that every such plan contains, in this subtree. */
    private final boolean[] required;
    /** The items excluded or required so far, to undo on the way back. */
    private final int[] fixed;
    private int fixedCount;
    private final boolean[] best;
    private double bestValue = -1;
    private long nodes;
    private boolean cut;
    /** residualAt[k]: the residual after taking the item at position k, reused along the path. */
    private final double[][] residualAt;
    /** The best tangent points found at position k, handed to the branch leaving item k out. */
    private final double[][] tangentAt;
    /** The same points seen from the branch taking item k. */
    private final double[][] tangentAfterTaking;
    private final Bound bound;

    Search(Instance in, long nodeLimit) {
      this.in = in;
      this.nodeLimit = nodeLimit;
      this.chosen = new boolean[in.n];
      this.excluded = new boolean[in.n];
      this.required = new boolean[in.n];
      this.fixed = new int[in.n];
      this.best = new boolean[in.n];
      this.residualAt = new double[in.n][in.threats];
      this.tangentAt = new double[in.n][in.threats];
      this.tangentAfterTaking = new double[in.n][in.threats];
      this.bound = new Bound(in, chosen, excluded, required);
    }

    Selection run() {
      double[] residual = new double[in.threats];
      Arrays.fill(residual, 1.0);
      branch(0, residual, 0, 0, 0, 0, null, true);
      boolean[] out = new boolean[in.n];
      for (int k = 0; k < in.n; k++) {
        out[in.original[k]] = best[k];
      }
      return new Selection(out, bestValue, !cut, nodes);
    }

    /**
     * Explores the plans that extend the chosen items with items from position {@code from} on.
     * {@code warm} holds the parent's best tangent points (null at the root). The greedy
     * completion is tried for the incumbent at the root and after leaving an item out; after
     * taking one it would mostly be the parent's completion again.
     */
    private void branch(int from, double[] residual, long monthly, long oneOff, double hours,
        double value, double[] warm, boolean complete) {
      if (value > bestValue + 1e-12) {
        record(value, false);
      }
      int k = from;
      double gain = 0;
      // Items that cannot be taken here are passed without a node: leaving them out is the
      // only branch.
      for (; k < in.n; k++) {
        if (!excluded[k] && prerequisitesChosen(k) && !in.conflictsWith(k, chosen)
            && in.fits(k, monthly, oneOff, hours)) {
          gain = in.gain(k, residual);
          if (gain > 0 || in.enables[k]) {
            break;
          }
        }
        if (required[k]) {
          return;
        }
      }
      if (k == in.n) {
        return;
      }
      if (nodes >= nodeLimit) {
        cut = true;
        return;
      }
      nodes++;
      bound.at(k, residual, monthly, oneOff, hours);
      if (complete) {
        double completion = bound.complete(monthly, oneOff, hours);
        if (value + completion > bestValue + 1e-12) {
          record(value + completion, true);
        }
      }
      double target = bestValue * (1 + GAP) + 1e-12 - value;
      if (bound.upTo(target, warm) <= target) {
        return;
      }
      int mark = fixedCount;
      fixedCount = bound.fix(target, fixed, fixedCount);
      children(k, residual, monthly, oneOff, hours, value, gain);
      while (fixedCount > mark) {
        int j = fixed[--fixedCount];
        excluded[j] = false;
        required[j] = false;
      }
    }

    private void children(int k, double[] residual, long monthly, long oneOff, double hours,
        double value, double gain) {
      double[] leave = tangentAt[k];
      double[] take = tangentAfterTaking[k];
      System.arraycopy(bound.bestTangentPoints(), 0, leave, 0, in.threats);
      int base = k * in.threats;
      for (int t = 0; t < in.threats; t++) {
        // Taking k moves its coverage into the residual: the same slopes sit that much lower.
        take[t] = Math.max(0, leave[t] - in.logKeep[base + t]);
      }
      if (!excluded[k]) {
        double[] next = residualAt[k];
        System.arraycopy(residual, 0, next, 0, in.threats);
        in.apply(k, next);
        chosen[k] = true;
        branch(k + 1, next, monthly + in.monthly[k], oneOff + in.oneOff[k], hours + in.hours[k],
            value + gain, take, false);
        chosen[k] = false;
      }
      if (!required[k]) {
        branch(k + 1, residual, monthly, oneOff, hours, value, leave, true);
      }
    }

    private boolean prerequisitesChosen(int k) {
      for (int pre : in.prerequisites[k]) {
        if (!chosen[pre]) {
          return false;
        }
      }
      return true;
    }

    /** The chosen items, with the bound's greedy completion if that is what scored. */
    private void record(double value, boolean withCompletion) {
      bestValue = value;
      System.arraycopy(chosen, 0, best, 0, in.n);
      if (withCompletion) {
        bound.addCompletionTo(best);
      }
    }
  }

  /**
   * At one node: an upper bound on the risk the items from position k on can still remove,
   * given the residual and the resources left; the greedy completion of the partial plan (a
   * feasible plan, for the incumbent); and the items the bound proves in or out of the subtree.
   *
   * <p>Why the bound is valid. Let R_t be threat t's remaining risk and l_i,t = −ln(1 − s_i,t).
   * A set S of further items removes f(S) = Σ_t R_t·φ(x_t(S)), with φ(x) = 1 − e^(−x) and
   * x_t(S) = Σ_{i∈S} l_i,t. φ is concave, so it lies below its tangent at any point a_t:
   * φ(x) ≤ φ(a_t) + e^(−a_t)·(x − a_t). Summing over t, f(S) ≤ K + Σ_{i∈S} c_i with
   * K = Σ_t R_t·(1 − e^(−a_t)·(1 + a_t)) and c_i = Σ_t R_t·e^(−a_t)·l_i,t ≥ 0, whatever the
   * a_t ≥ 0. S must also fit the resources left, C_r: for any multipliers λ_r ≥ 0,
   * Σ_{i∈S} c_i = Σ_{i∈S} ρ_i + λ·w(S) ≤ Σ_i max(0, ρ_i) + λ·C, with ρ_i = c_i − λ·w_i (weak
   * Lagrangian duality). So U = K + λ·C + Σ_i max(0, ρ_i) bounds f(S) for every choice of a and
   * λ: they decide how tight the bound is, never whether it holds, so they are chosen cheaply
   * and no ordering of the items has to be exact. The tangent points are the parent's best (or
   * the greedy completion's coverage at the root, where the bound is exact), then one step
   * towards the coverage of the items with ρ_i &gt; 0; each λ_r in turn minimises U with the
   * others fixed, which is the critical ratio of a fractional knapsack, found by weighted
   * selection in linear time. Items that can no longer be chosen in the subtree (too big for
   * what is left, a prerequisite left out, excluded) are not in the sum. The sum of the items'
   * current marginal gains is a second bound (risk reduction is submodular); the smaller of the
   * two is used. Storing l with 1 − s at least {@link Instance#LEAVES_AT_LEAST} can understate
   * f by at most that share of each threat's risk, which is added to U.
   *
   * <p>The same inequality fixes items (reduced-cost fixing): every S containing i removes at
   * most U + ρ_i when ρ_i &lt; 0, and every S without i at most U − ρ_i when ρ_i &gt; 0. When that
   * cannot beat the incumbent by more than GAP, i is excluded, or required, in the subtree.
   */
  static final class Bound {
    private static final int RESOURCES = 3;
    /** Share of the way the tangent points move towards the dual's coverage in a step. */
    private static final double STEP = 0.5;

    private final Instance in;
    private final boolean[] chosen;
    private final boolean[] excluded;
    private final boolean[] required;
    private final boolean[] alive;
    /** The items that may still be chosen and would remove something, and their weights. */
    private final int[] active;
    private final double[][] activeWeight;
    private final double[] coefficient;
    private int activeCount;
    private double marginalSum;
    private final boolean[] completion;
    private final double[] completionResidual;
    private final double[] completionAt;
    private final double[] remainingRisk;
    private final double[] tangentAt;
    private final double[] bestAt;
    private final double[] slope;
    private final double[] ratio;
    private final double[] size;
    private final double[] lambda = new double[RESOURCES];
    private final double[] capacity = new double[RESOURCES];
    private final double[] activeTotal = new double[RESOURCES];
    private double[] residual;
    private int from;
    /** U at the last tangent points, with the coefficients and multipliers it was computed with. */
    private double lastTangent;
    private double bestTangent;

    Bound(Instance in, boolean[] chosen, boolean[] excluded, boolean[] required) {
      this.in = in;
      this.chosen = chosen;
      this.excluded = excluded;
      this.required = required;
      int n = in.n;
      alive = new boolean[n];
      active = new int[n];
      activeWeight = new double[RESOURCES][n];
      coefficient = new double[n];
      completion = new boolean[n];
      completionResidual = new double[in.threats];
      completionAt = new double[in.threats];
      remainingRisk = new double[in.threats];
      tangentAt = new double[in.threats];
      bestAt = new double[in.threats];
      slope = new double[in.threats];
      ratio = new double[n];
      size = new double[n];
    }

    /** Moves to the node at position k and finds the items still open there. */
    void at(int k, double[] residual, long monthly, long oneOff, double hours) {
      this.from = k;
      this.residual = residual;
      capacity[0] = in.monthlyCap - monthly;
      capacity[1] = in.oneOffCap - oneOff;
      capacity[2] = in.hoursCap + HOURS_SLACK - hours;
      for (int t = 0; t < in.threats; t++) {
        remainingRisk[t] = in.risk[t] * residual[t];
      }
      activeCount = 0;
      marginalSum = 0;
      Arrays.fill(activeTotal, 0);
      for (int j = k; j < in.n; j++) {
        alive[j] = !excluded[j] && in.fits(j, monthly, oneOff, hours) && prerequisitesOpen(j)
            && !in.conflictsWith(j, chosen);
        if (alive[j]) {
          double g = in.gain(j, residual);
          if (g > 0) {
            int a = activeCount++;
            active[a] = j;
            for (int r = 0; r < RESOURCES; r++) {
              activeWeight[r][a] = in.weight[r][j];
              activeTotal[r] += in.weight[r][j];
            }
            marginalSum += g;
          }
        }
      }
    }

    private boolean prerequisitesOpen(int j) {
      for (int pre : in.prerequisites[j]) {
        if (!chosen[pre] && !(pre >= from && alive[pre])) {
          return false;
        }
      }
      return true;
    }

    /**
     * The greedy completion from this node, built as the first incumbent is: the risk it
     * removes; its coverage is the root's tangent point.
     */
    double complete(long monthly, long oneOff, double hours) {
      System.arraycopy(residual, 0, completionResidual, 0, in.threats);
      Arrays.fill(completionAt, 0);
      double value = 0;
      for (int j = from; j < in.n; j++) {
        completion[j] = false;
        if (completable(j) && !in.conflictsWith(j, chosen) && !conflictsWithCompletion(j)
            && in.fits(j, monthly, oneOff, hours)) {
          double g = in.gain(j, completionResidual);
          if (g > 0 || in.enables[j]) {
            completion[j] = true;
            value += g;
            in.apply(j, completionResidual);
            int base = j * in.threats;
            for (int t : in.touches[j]) {
              completionAt[t] += in.logKeep[base + t];
            }
            monthly += in.monthly[j];
            oneOff += in.oneOff[j];
            hours += in.hours[j];
          }
        }
      }
      return value;
    }

    /** Whether j conflicts with an item this completion already took (positions from..j-1). */
    private boolean conflictsWithCompletion(int j) {
      for (int c : in.conflicts[j]) {
        if (c >= from && c < j && completion[c]) {
          return true;
        }
      }
      return false;
    }

    private boolean completable(int j) {
      for (int pre : in.prerequisites[j]) {
        if (!chosen[pre] && !(pre >= from && completion[pre])) {
          return false;
        }
      }
      return true;
    }

    void addCompletionTo(boolean[] plan) {
      for (int j = from; j < in.n; j++) {
        plan[j] |= completion[j];
      }
    }

    /**
     * The bound, tightened until it is at most target or the tries run out; negative infinity
     * when a required item can no longer be chosen. Tries the parent's best tangent points
     * ({@code warm}), or the completion's at the root, then one step.
     */
    double upTo(double target, double[] warm) {
      for (int j = from; j < in.n; j++) {
        if (required[j] && !alive[j]) {
          return Double.NEGATIVE_INFINITY;
        }
      }
      bestTangent = Double.MAX_VALUE;
      double bound = marginalSum;
      if (bound <= target) {
        return bound;
      }
      System.arraycopy(warm == null ? completionAt : warm, 0, tangentAt, 0, in.threats);
      bound = Math.min(bound, evaluate());
      if (bound > target) {
        step();
        bound = Math.min(bound, evaluate());
      }
      return bound;
    }

    double[] bestTangentPoints() {
      return bestAt;
    }

    private double evaluate() {
      lastTangent = tangent();
      if (lastTangent < bestTangent) {
        bestTangent = lastTangent;
        System.arraycopy(tangentAt, 0, bestAt, 0, in.threats);
      }
      return lastTangent;
    }

    /** U at the current tangent points, with each multiplier set in turn. */
    private double tangent() {
      double constant = 0;
      double remaining = 0;
      for (int t = 0; t < in.threats; t++) {
        double r = remainingRisk[t];
        double a = tangentAt[t];
        double e = Math.exp(-a);
        remaining += r;
        constant += r * (1 - e * (1 + a));
        slope[t] = r * e;
      }
      for (int a = 0; a < activeCount; a++) {
        int base = active[a] * in.threats;
        double c = 0;
        for (int t : in.touches[active[a]]) {
          c += slope[t] * in.logKeep[base + t];
        }
        coefficient[a] = c;
      }
      for (int r = 0; r < RESOURCES; r++) {
        lambda[r] = criticalRatio(r);
      }
      double u = constant + Instance.LEAVES_AT_LEAST * remaining;
      for (int r = 0; r < RESOURCES; r++) {
        if (lambda[r] > 0) {
          u += lambda[r] * capacity[r];
        }
      }
      for (int a = 0; a < activeCount; a++) {
        u += Math.max(0, reducedProfit(a));
      }
      return u;
    }

    private double reducedProfit(int a) {
      return coefficient[a] - lambda[0] * activeWeight[0][a] - lambda[1] * activeWeight[1][a]
          - lambda[2] * activeWeight[2][a];
    }

    /** Moves the tangent points part of the way to the coverage of the items with ρ &gt; 0. */
    private void step() {
      for (int t = 0; t < in.threats; t++) {
        tangentAt[t] *= 1 - STEP;
      }
      for (int a = 0; a < activeCount; a++) {
        if (reducedProfit(a) > 0) {
          int base = active[a] * in.threats;
          for (int t : in.touches[active[a]]) {
            tangentAt[t] += STEP * in.logKeep[base + t];
          }
        }
      }
    }

    /**
     * The multiplier of resource r minimising U with the others fixed: the profit per unit of r
     * of the first item that no longer fits whole, taking the items by decreasing ratio; zero
     * when they all fit.
     */
    private double criticalRatio(int r) {
      if (activeTotal[r] <= capacity[r]) {
        return 0;
      }
      double[] w = activeWeight[r];
      int m = 0;
      double total = 0;
      for (int a = 0; a < activeCount; a++) {
        if (w[a] > 0) {
          double h = reducedProfit(a) + lambda[r] * w[a];
          if (h > 0) {
            ratio[m] = h / w[a];
            size[m++] = w[a];
            total += w[a];
          }
        }
      }
      return total > capacity[r] ? select(m, capacity[r]) : 0;
    }

    /**
     * Weighted selection on ratio[0..m) and size[0..m): the ratio at which the sizes of the items
     * with that ratio or more first exceed the capacity, by three-way partitioning in expected
     * linear time. The answer does not depend on the order of the input.
     */
    private double select(int m, double capacity) {
      int lo = 0;
      int hi = m;
      double room = capacity;
      while (lo < hi) {
        double pivot = ratio[(lo + hi) >>> 1];
        int gt = lo;
        int i = lo;
        int lt = hi;
        double above = 0;
        double at = 0;
        while (i < lt) {
          double x = ratio[i];
          if (x > pivot) {
            above += size[i];
            swap(i++, gt++);
          } else if (x < pivot) {
            swap(i, --lt);
          } else {
            at += size[i++];
          }
        }
        if (above > room) {
          hi = gt;
        } else if (above + at > room) {
          return pivot;
        } else {
          room -= above + at;
          lo = lt;
        }
      }
      return 0;
    }

    private void swap(int i, int j) {
      double r = ratio[i];
      ratio[i] = ratio[j];
      ratio[j] = r;
      double z = size[i];
      size[i] = size[j];
      size[j] = z;
    }

    /**
     * Excludes the items that only plans no better than target contain, and requires those
     * that every better plan contains, pushing them on the stack; returns its new size.
     */
    int fix(double target, int[] stack, int size) {
      for (int a = 0; a < activeCount; a++) {
        int j = active[a];
        if (excluded[j] || required[j]) {
          continue;
        }
        double rho = reducedProfit(a);
        if (rho < 0 && lastTangent + rho <= target) {
          excluded[j] = true;
          stack[size++] = j;
        } else if (rho > 0 && lastTangent - rho <= target) {
          required[j] = true;
          stack[size++] = j;
        }
      }
      return size;
    }
  }
}
