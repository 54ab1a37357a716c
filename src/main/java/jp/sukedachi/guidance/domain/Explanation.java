package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.guidance.domain.Planner.Candidate;
import jp.sukedachi.guidance.domain.RiskModel.Cell;
import jp.sukedachi.platform.Reason;

/**
 * Orders the chosen measures (prerequisites first, then the biggest remaining gain), gives each
 * the expected yearly loss it removes in that order, its phase and its reasons, which name the
 * company's own assets, answers and declarations.
 */
final class Explanation {
  private final Situation situation;
  private final List<Candidate> candidates;
  private final List<Cell> cells;
  private final double[] risk;
  private final Budget budget;
  /** What each chosen candidate removes in the plan's order, once {@link #items} has run. */
  private double[] removed;

  Explanation(Situation situation, List<Candidate> candidates, List<Cell> cells, double[] risk, Budget budget) {
    this.situation = situation;
    this.candidates = candidates;
    this.cells = cells;
    this.risk = risk;
    this.budget = budget;
  }

  List<Plan.Item> items(boolean[] chosen, double riskBefore) {
    List<Integer> sequence = sequence(chosen);
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    Phase[] phases = new Phase[candidates.size()];
    double[] removed = new double[candidates.size()];
    double[] hours = new double[candidates.size()];
    List<List<Reason>> reasons = new ArrayList<>();
    candidates.forEach(c -> reasons.add(new ArrayList<>()));
    for (int i : sequence) {
      Candidate c = candidates.get(i);
      double[] s = c.item().strength();
      int top = -1;
      double topGain = 0;
      for (int t = 0; t < risk.length; t++) {
        double g = risk[t] * residual[t] * s[t];
        removed[i] += g;
        if (g > topGain) {
          topGain = g;
          top = t;
        }
        residual[t] *= 1 - s[t];
      }
      hours[i] = c.item().hours();
      phases[i] = PhaseRule.phase(c.measure().stage(), c.measure().legalDutyFor(situation),
          c.item().removes(risk, null), riskBefore,
          firstYearYen(c));
      reasons.get(i).addAll(why(c, top, removed[i]));
    }
    for (int k = sequence.size() - 1; k >= 0; k--) {
      int i = sequence.get(k);
      for (int p : candidates.get(i).item().prerequisites()) {
        if (phases[p].compareTo(phases[i]) > 0) {
          phases[p] = phases[i];
        }
        reasons.get(p).add(Reason.of("plan.reason.prerequisite", candidates.get(i).measure().title()));
      }
    }
    PhaseRule.spread(sequence, phases, hours);
    this.removed = removed;
    List<Plan.Item> items = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      for (int i : sequence) {
        if (phases[i] == phase) {
          items.add(item(candidates.get(i), phase, removed[i], reasons.get(i)));
        }
      }
    }
    return items;
  }

  /** The unchosen candidates that would remove the most on top of the plan, each with why it is not in it. */
  List<Plan.Item> next(boolean[] chosen, int limit) {
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        candidates.get(i).item().leaves(residual);
      }
    }
    var whyNot = new WhyNotChosen(candidates, risk, budget, chosen,
        removed != null ? removed : new double[candidates.size()]);
    List<Plan.Item> next = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (!chosen[i]) {
        Candidate c = candidates.get(i);
        double gain = c.item().removes(risk, residual);
        if (gain > 0) {
          next.add(item(c, PhaseRule.phase(c.measure().stage(), c.measure().legalDutyFor(situation), 0, 1, 0), gain,
              List.of(whyNot.reason(i))));
        }
      }
    }
    next.sort(Comparator.comparingDouble(Plan.Item::riskRemoved).reversed()
        .thenComparing(it -> it.measure().code()));
    return next.subList(0, Math.min(limit, next.size()));
  }

  /**
   * Chosen items, prerequisites first, then legal duties (and what they need), otherwise the
   * biggest remaining hole first: the expected yearly loss an item removes on top of those before
   * it, divided by (1 + its yearly cost / ¥{@value #COST_SCALE_YEN}, one-off costs spread over
   * {@value #YEARS_OF_USE} years), so a free fix comes before a paid one of the same size, two ways
   * of closing the same route do not both lead, and costly items of little effect come last; a
   * prerequisite is as urgent as the most urgent item waiting for it.
   */
  private List<Integer> sequence(boolean[] chosen) {
    List<Integer> out = new ArrayList<>();
    boolean[] legal = legalOrNeededByLegal(chosen);
    boolean[] placed = new boolean[chosen.length];
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    int total = 0;
    for (boolean b : chosen) {
      total += b ? 1 : 0;
    }
    double[] key = new double[chosen.length];
    while (out.size() < total) {
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i] && !placed[i]) {
          double g = candidates.get(i).item().removes(risk, residual);
          key[i] = g / (1 + yearlyCostYen(candidates.get(i)) / COST_SCALE_YEN) + (legal[i] ? LEGAL_FIRST : 0);
        }
      }
      raisePrerequisites(chosen, placed, key);
      int best = -1;
      for (int i = 0; i < chosen.length; i++) {
        if (chosen[i] && !placed[i] && ready(i, placed) && (best < 0 || key[i] > key[best] + 1e-12)) {
          best = i;
        }
      }
      placed[best] = true;
      out.add(best);
      candidates.get(best).item().leaves(residual);
    }
    return out;
  }

  /** A prerequisite is as urgent as the most urgent item still waiting for it. */
  private void raisePrerequisites(boolean[] chosen, boolean[] placed, double[] key) {
    boolean raised = true;
    while (raised) {
      raised = false;
      for (int i = 0; i < chosen.length; i++) {
        if (!chosen[i] || placed[i]) {
          continue;
        }
        for (int p : candidates.get(i).item().prerequisites()) {
          if (!placed[p] && key[i] > key[p] + 1e-12) {
            key[p] = key[i];
            raised = true;
          }
        }
      }
    }
  }

  /** Lifts a legal duty above any gain in the order (gains are yen a year, far below this). */
  private static final double LEGAL_FIRST = 1e15;
  /** A yearly cost of this much halves an item's place in the order. */
  private static final double COST_SCALE_YEN = 1_000_000;
  /** Years a one-off purchase is spread over when an item's yearly cost is weighed. */
  private static final int YEARS_OF_USE = 3;

  private static double yearlyCostYen(Candidate c) {
    return (double) c.oneOffYen() / YEARS_OF_USE + 12.0 * (c.monthlyYen() - c.subsidyMonthlyYen());
  }

  /** Chosen legal duties and, transitively, the chosen items they need. */
  private boolean[] legalOrNeededByLegal(boolean[] chosen) {
    boolean[] legal = new boolean[chosen.length];
    java.util.Deque<Integer> todo = new java.util.ArrayDeque<>();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i] && candidates.get(i).measure().legalDutyFor(situation)) {
        legal[i] = true;
        todo.add(i);
      }
    }
    while (!todo.isEmpty()) {
      for (int p : candidates.get(todo.pop()).item().prerequisites()) {
        if (chosen[p] && !legal[p]) {
          legal[p] = true;
          todo.add(p);
        }
      }
    }
    return legal;
  }

  private static long firstYearYen(Candidate c) {
    return c.oneOffYen() + 12 * (c.monthlyYen() - c.subsidyMonthlyYen());
  }

  private boolean ready(int i, boolean[] placed) {
    return candidates.get(i).item().prerequisites().stream().allMatch(p -> placed[p]);
  }

  private List<Reason> why(Candidate c, int topCell, double removed) {
    List<Reason> out = new ArrayList<>();
    Measure m = c.measure();
    if (m.legalDutyFor(situation)) {
      out.add(Reason.of("plan.reason.legal." + m.code()));
    }
    if (m.selfCheckItem() != null) {
      Answer a = situation.answers().get(m.selfCheckItem());
      out.add(a == null
          ? Reason.of("plan.reason.selfCheckMissing", m.selfCheckItem())
          : Reason.of("plan.reason.selfCheck", m.selfCheckItem(), Reason.of("answer." + a.name())));
    } else if (c.partlyInPlace()) {
      out.add(Reason.of("plan.reason.partly"));
    }
    if (!c.covers().isEmpty()) {
      long separately = c.covers().stream().mapToLong(Candidate::monthlyYen).sum();
      out.add(Reason.of("plan.reason.offer", c.covers().size(), m.explanation(), separately));
    }
    if (topCell >= 0) {
      Cell cell = cells.get(topCell);
      boolean closes = m.routeStrengths().getOrDefault(cell.route().code(), 0.0) > 0 || !c.covers().isEmpty();
      out.add(closes
          ? Reason.of("plan.reason.route", cell.threat().name(), cell.route().name(), Math.round(removed))
          : Reason.of("plan.reason.damage", cell.threat().name(), Math.round(removed)));
    }
    new OwnFacts(situation).behind(m, topCell < 0 ? null : cells.get(topCell).route()).ifPresent(out::add);
    if (c.subsidyMonthlyYen() > 0) {
      out.add(Reason.of("plan.reason.subsidy", c.subsidyMonthlyYen(), c.monthlyYen()));
    }
    return out;
  }

  private static Plan.Item item(Candidate c, Phase phase, double removed, List<Reason> reasons) {
    long netMonthly = c.monthlyYen() - c.subsidyMonthlyYen();
    long firstYear = c.oneOffYen() + 12 * netMonthly;
    Double per10k = firstYear == 0 ? null : removed * 10_000 / firstYear;
    return new Plan.Item(c.measure(), phase, c.quantity(), c.oneOffYen(), c.monthlyYen(),
        c.subsidyMonthlyYen(), c.measure().internalHours(), removed, per10k, reasons);
  }
}
