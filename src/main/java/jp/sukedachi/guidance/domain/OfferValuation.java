package jp.sukedachi.guidance.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What offers are worth to one company on the plan's own risk model, built once and asked many
 * times (ranking a thousand services costs one risk assessment and one candidate list). An
 * offer removes, per risk cell (threat × route), its current risk × (1 − Π(1 − s)) over the offer's OPEN measures —
 * exactly the strength {@link OfferCandidates} gives the offer as a plan candidate, so a service
 * is never valued by a second scoring model.
 */
public final class OfferValuation {
  private final List<Threat> threats;
  private final double[] risk;
  private final Map<String, double[]> openStrengths;
  private final Map<String, Measure> openMeasures;

  private OfferValuation(List<Threat> threats, double[] risk, Map<String, double[]> openStrengths,
      Map<String, Measure> openMeasures) {
    this.threats = threats;
    this.risk = risk;
    this.openStrengths = openStrengths;
    this.openMeasures = openMeasures;
  }

  /** The company's current risk per threat and the planner's open candidates for this budget. */
  public static OfferValuation of(Catalogue catalogue, Situation situation, Budget budget) {
    RiskModel model = new RiskModel(catalogue);
    List<RiskModel.Cell> cells = model.cells(situation);
    List<Threat> threats = cells.stream().map(RiskModel.Cell::threat).toList();
    double[] risk = cells.stream().mapToDouble(RiskModel.Cell::current).toArray();
    Map<String, double[]> strengths = new HashMap<>();
    Map<String, Measure> measures = new HashMap<>();
    for (Planner.Candidate c : new Planner.Candidates(model, situation, budget, cells).list()) {
      strengths.put(c.measure().code(), c.item().strength());
      measures.put(c.measure().code(), c.measure());
    }
    return new OfferValuation(threats, risk, Map.copyOf(strengths), Map.copyOf(measures));
  }

  /** The company's residual risk today (with what is in place). */
  public double currentRisk() {
    double sum = 0;
    for (double r : risk) {
      sum += r;
    }
    return sum;
  }

  /** The threat with the highest current risk over its routes (first in catalogue order on a tie); null when none. */
  public Threat topThreat() {
    Map<Threat, Double> byThreat = new java.util.LinkedHashMap<>();
    for (int t = 0; t < risk.length; t++) {
      byThreat.merge(threats.get(t), risk[t], Double::sum);
    }
    Threat top = null;
    for (var e : byThreat.entrySet()) {
      if (top == null || e.getValue() > byThreat.get(top)) {
        top = e.getKey();
      }
    }
    return top;
  }

  /** The offer's measures that are open for this company (the ones it would really deliver). */
  public List<Measure> openMeasures(Offer offer) {
    return offer.measureCodes().stream().filter(openMeasures::containsKey).sorted()
        .map(openMeasures::get).toList();
  }

  /** Risk the offer removes from today's residual risk, summed over threats. */
  public double riskRemoved(Offer offer) {
    double[] removed = removedByThreat(offer);
    double sum = 0;
    for (double r : removed) {
      sum += r;
    }
    return sum;
  }

  /** Share (0–1) of a threat's current risk the offer removes; 0 for an unknown or riskless threat. */
  public double shareRemoved(Offer offer, String threatCode) {
    double[] removed = removedByThreat(offer);
    double threatRisk = 0;
    double threatRemoved = 0;
    for (int t = 0; t < threats.size(); t++) {
      if (threats.get(t).code().equals(threatCode)) {
        threatRisk += risk[t];
        threatRemoved += removed[t];
      }
    }
    return threatRisk == 0 ? 0 : threatRemoved / threatRisk;
  }

  private double[] removedByThreat(Offer offer) {
    double[] keep = new double[risk.length];
    java.util.Arrays.fill(keep, 1);
    for (String code : offer.measureCodes()) {
      double[] s = openStrengths.get(code);
      if (s != null) {
        for (int t = 0; t < keep.length; t++) {
          keep[t] *= 1 - s[t];
        }
      }
    }
    double[] removed = new double[risk.length];
    for (int t = 0; t < removed.length; t++) {
      removed[t] = risk[t] * (1 - keep[t]);
    }
    return removed;
  }
}
