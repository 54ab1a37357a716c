package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.guidance.domain.Planner.Candidate;
import jp.sukedachi.platform.Reason;

/**
 * Orders the chosen measures (prerequisites first, then the biggest remaining gain), gives each
 * the risk it removes in that order, its phase and its reasons.
 */
final class Explanation {
  private final Situation situation;
  private final List<Candidate> candidates;
  private final List<String> threatCodes;
  private final double[] risk;
  private final Map<String, Threat> threats;

  Explanation(Situation situation, List<Candidate> candidates, List<String> threatCodes,
      double[] risk, Map<String, Threat> threats) {
    this.situation = situation;
    this.candidates = candidates;
    this.threatCodes = threatCodes;
    this.risk = risk;
    this.threats = threats;
  }

  List<Plan.Item> items(boolean[] chosen, double riskBefore) {
    List<Integer> sequence = sequence(chosen);
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    Phase[] phases = new Phase[candidates.size()];
    double[] removed = new double[candidates.size()];
    List<List<Reason>> reasons = new ArrayList<>();
    candidates.forEach(c -> reasons.add(new ArrayList<>()));
    for (int i : sequence) {
      Candidate c = candidates.get(i);
      double[] s = c.item().strength();
      int topThreat = -1;
      double topGain = 0;
      for (int t = 0; t < risk.length; t++) {
        double g = risk[t] * residual[t] * s[t];
        removed[i] += g;
        if (g > topGain) {
          topGain = g;
          topThreat = t;
        }
        residual[t] *= 1 - s[t];
      }
      phases[i] = phase(c.measure(), removed[i], riskBefore);
      reasons.get(i).addAll(why(c, topThreat, topGain));
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

  /** The unchosen candidates that would remove the most on top of the plan. */
  List<Plan.Item> next(boolean[] chosen, int limit) {
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        double[] s = candidates.get(i).item().strength();
        for (int t = 0; t < risk.length; t++) {
          residual[t] *= 1 - s[t];
        }
      }
    }
    List<Plan.Item> next = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (!chosen[i]) {
        Candidate c = candidates.get(i);
        double gain = 0;
        for (int t = 0; t < risk.length; t++) {
          gain += risk[t] * residual[t] * c.item().strength()[t];
        }
        next.add(item(c, phase(c.measure(), 0, 1), gain, List.of(Reason.of("plan.reason.overBudget"))));
      }
    }
    next.sort(Comparator.comparingDouble(Plan.Item::riskRemoved).reversed()
        .thenComparing(it -> it.measure().code()));
    return next.subList(0, Math.min(limit, next.size()));
  }

  /**
   * Chosen items, prerequisites first, otherwise the best value first: marginal gain divided by
   * (1 + first-year cost / ¥100,000), so big free wins lead, a cheap fix of a major hole comes
   * early, and costly items follow.
   */
  private List<Integer> sequence(boolean[] chosen) {
    List<Integer> out = new ArrayList<>();
    boolean[] placed = new boolean[chosen.length];
    double[] residual = new double[risk.length];
    Arrays.fill(residual, 1.0);
    int total = 0;
    for (boolean b : chosen) {
      total += b ? 1 : 0;
    }
    while (out.size() < total) {
      int bestIndex = -1;
      double bestGain = -1;
      for (int i = 0; i < chosen.length; i++) {
        if (!chosen[i] || placed[i] || !ready(i, placed)) {
          continue;
        }
        double g = 0;
        for (int t = 0; t < risk.length; t++) {
          g += risk[t] * residual[t] * candidates.get(i).item().strength()[t];
        }
        Candidate c = candidates.get(i);
        g /= 1 + (c.oneOffYen() + 12.0 * (c.monthlyYen() - c.subsidyMonthlyYen())) / 100_000;
        if (g > bestGain + 1e-12) {
          bestGain = g;
          bestIndex = i;
        }
      }
      placed[bestIndex] = true;
      out.add(bestIndex);
      double[] s = candidates.get(bestIndex).item().strength();
      for (int t = 0; t < risk.length; t++) {
        residual[t] *= 1 - s[t];
      }
    }
    return out;
  }

  private boolean ready(int i, boolean[] placed) {
    return candidates.get(i).item().prerequisites().stream().allMatch(p -> placed[p]);
  }

  /** See {@link PhaseRule}. */
  private static Phase phase(Measure m, double removed, double riskBefore) {
    return PhaseRule.phase(m.stage(), removed, riskBefore);
  }

  private List<Reason> why(Candidate c, int topThreat, double topGain) {
    List<Reason> out = new ArrayList<>();
    Measure m = c.measure();
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
    if (topThreat >= 0) {
      String code = threatCodes.get(topThreat);
      long percent = Math.round(100 * topGain / risk[topThreat]);
      out.add(Reason.of("plan.reason.threat", threats.get(code).name(), percent));
    }
    m.appliesTo().stream().filter(f -> !"ANY".equals(f) && situation.has(f)).sorted().findFirst()
        .ifPresent(f -> out.add(condition(f)));
    if (c.subsidyMonthlyYen() > 0) {
      out.add(Reason.of("plan.reason.subsidy", c.subsidyMonthlyYen(), c.monthlyYen()));
    }
    return out;
  }

  private Reason condition(String factor) {
    return switch (factor) {
      case "UNSUPPORTED" -> Reason.of("plan.reason.unsupported", situation.unsupportedDevices());
      case "INTERNET_FACING" -> Reason.of("plan.reason.internetFacing", situation.internetFacingGroups());
      case "PERSONAL_DATA" -> Reason.of("plan.reason.personalData");
      case "STAFF" -> Reason.of("plan.reason.staff", situation.employees());
      default -> Reason.of("plan.reason.asset", Reason.of("assetType." + factor), situation.count(factor));
    };
  }

  private static Plan.Item item(Candidate c, Phase phase, double removed, List<Reason> reasons) {
    long netMonthly = c.monthlyYen() - c.subsidyMonthlyYen();
    long firstYear = c.oneOffYen() + 12 * netMonthly;
    Double per10k = firstYear == 0 ? null : removed * 10_000 / firstYear;
    return new Plan.Item(c.measure(), phase, c.quantity(), c.oneOffYen(), c.monthlyYen(),
        c.subsidyMonthlyYen(), c.measure().internalHours(), removed, per10k, reasons);
  }

}
