package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * A budget-optimal, phased plan: what to do, when, for how much, and why.
 *
 * @param riskBefore residual risk with the measures already in place
 * @param riskAfter residual risk once the plan is done
 * @param provenNearOptimal whether the search finished (result within 0.5% of the best plan)
 * <p>Risks are expected yearly losses in yen (see {@link RiskModel}).
 *
 * @param next the most useful measures not in the plan, each with why
 * @param subsidyNote why the subsidy was or was not counted; null when there is nothing to say
 * @param losses the expected yearly loss per threat today, largest first: the basis of riskBefore
 */
public record Plan(String catalogueVersion, Budget budget, double inherentRisk, double riskBefore,
    double riskAfter, List<Item> items, List<PhaseTotal> phases, List<Item> next,
    boolean provenNearOptimal, Reason subsidyNote, List<ThreatLoss> losses) implements Serializable {

  /** A threat's expected yearly loss for the company today, with the figures behind it. */
  public record ThreatLoss(Threat threat, double yen) implements Serializable {}

  /** How much of the company's risk is left, in words: the share of its inherent risk. */
  public enum RiskLevel {
    HIGH, ELEVATED, MODERATE, LOW;

    /** At least this share of the inherent risk left is HIGH, ELEVATED, MODERATE. */
    static final double[] THRESHOLDS = {0.6, 0.4, 0.2};

    /** The level in words, for the owner to read. */
    public Reason words() {
      return Reason.of("risk.level." + name());
    }

    static RiskLevel of(double residual, double inherent) {
      double share = inherent <= 0 ? 0 : residual / inherent;
      for (int i = 0; i < THRESHOLDS.length; i++) {
        if (share >= THRESHOLDS[i]) {
          return values()[i];
        }
      }
      return LOW;
    }
  }

  public Plan {
    items = List.copyOf(items);
    phases = List.copyOf(phases);
    next = List.copyOf(next);
    losses = List.copyOf(losses);
  }

  /**
   * One measure in the plan with its cost for this company and the reasons it is there.
   *
   * @param riskPer10kYen risk removed per ¥10,000 of first-year cost; null when it costs nothing
   */
  public record Item(Measure measure, Phase phase, int quantity, long oneOffYen, long monthlyYen,
      long subsidyMonthlyYen, double hours, double riskRemoved, Double riskPer10kYen,
      List<Reason> reasons) implements Serializable {

    public Item {
      reasons = List.copyOf(reasons);
    }

    public long netMonthlyYen() {
      return monthlyYen - subsidyMonthlyYen;
    }

    public long firstYearYen() {
      return oneOffYen + 12 * netMonthlyYen();
    }
  }

  /** What a phase costs and removes. */
  public record PhaseTotal(Phase phase, long oneOffYen, long netMonthlyYen, double hours,
      double riskRemoved) implements Serializable {}

  public long oneOffYen() {
    return items.stream().mapToLong(Item::oneOffYen).sum();
  }

  public long netMonthlyYen() {
    return items.stream().mapToLong(Item::netMonthlyYen).sum();
  }

  /** The risk today, in words. */
  public RiskLevel levelBefore() {
    return RiskLevel.of(riskBefore, inherentRisk);
  }

  /** The risk once the plan is done, in words. */
  public RiskLevel levelAfter() {
    return RiskLevel.of(riskAfter, inherentRisk);
  }

  /** Risk removed per ¥10,000 of the whole plan's first-year cost; null when it costs nothing. */
  public Double riskPer10kYen() {
    long cost = oneOffYen() + 12 * netMonthlyYen();
    return cost == 0 ? null : (riskBefore - riskAfter) * 10_000 / cost;
  }
}
