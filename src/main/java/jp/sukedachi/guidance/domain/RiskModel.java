package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * IPA's risk analysis (risk = importance × likelihood) applied per threat, documented in
 * docs/risk-model.md:
 *
 * <ul>
 *   <li>importance (1–3): the highest rating of the threat's axis over the information assets
 *       (2 when none are registered); personal data makes confidentiality at least 2, sensitive
 *       data or My Number 3;
 *   <li>inherent likelihood (≤ 3): the threat's baseline × the company's exposure, which is the
 *       base exposure plus the weights of the factors it has, at most 2;
 *   <li>current risk: inherent risk × Π(1 − strength) over measures in place — marked done, or
 *       answered 実施している in the 自社診断 (一部実施 counts half).
 * </ul>
 */
public final class RiskModel {
  private static final double MAX_EXPOSURE = 2.0;
  private static final double MAX_LIKELIHOOD = 3.0;
  private static final int DEFAULT_IMPORTANCE = 2;

  private final Catalogue catalogue;

  public RiskModel(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** A threat's risk for the company before and after the measures already in place. */
  public record ThreatRisk(Threat threat, int importance, double likelihood, double inherent,
      double current) {}

  /** How much of a measure is already in place: 0 none, 0.5 partly, 1 fully. */
  public double inPlace(Measure m, Situation s) {
    if (s.doneMeasures().contains(m.code())) {
      return 1.0;
    }
    Answer a = m.selfCheckItem() == null ? null : s.answers().get(m.selfCheckItem());
    if (a == Answer.IMPLEMENTED) {
      return 1.0;
    }
    return a == Answer.PARTIAL ? 0.5 : 0.0;
  }

  public boolean appliesTo(Measure m, Situation s) {
    return m.appliesTo().stream().anyMatch(s::has);
  }

  public Map<String, ThreatRisk> assess(Situation s) {
    Map<String, ThreatRisk> risks = new LinkedHashMap<>();
    for (Threat t : catalogue.threats()) {
      int importance = importance(t.axis(), s);
      double likelihood = Math.min(MAX_LIKELIHOOD, t.baselineLikelihood() * exposure(t, s));
      double inherent = importance * likelihood;
      double current = inherent;
      for (Measure m : catalogue.measures()) {
        double share = inPlace(m, s);
        if (share > 0 && appliesTo(m, s)) {
          current *= 1 - share * m.strength(t.code());
        }
      }
      risks.put(t.code(), new ThreatRisk(t, importance, likelihood, inherent, current));
    }
    return risks;
  }

  static double exposure(Threat t, Situation s) {
    double e = t.baseExposure();
    for (var f : t.exposure().entrySet()) {
      if (s.has(f.getKey())) {
        e += f.getValue();
      }
    }
    return Math.min(MAX_EXPOSURE, e);
  }

  static int importance(Threat.ImpactAxis axis, Situation s) {
    int rating = s.highestRatings().getOrDefault(axis, DEFAULT_IMPORTANCE);
    if (axis == Threat.ImpactAxis.C) {
      if (s.personalInfo().contains(PersonalInfo.SENSITIVE) || s.personalInfo().contains(PersonalInfo.MY_NUMBER)) {
        return 3;
      }
      if (s.holdsPersonalData()) {
        return Math.max(2, rating);
      }
    }
    return rating;
  }

  /** Units a measure's price is multiplied by for this company. */
  public static int quantity(Measure m, Situation s) {
    return switch (m.costBasis()) {
      case COMPANY -> 1;
      case EMPLOYEE -> Math.max(1, s.employees());
      case SITE -> Math.max(1, s.sites());
      case DEVICE -> Math.max(1, devices(m, s));
    };
  }

  private static int devices(Measure m, Situation s) {
    List<String> types = new ArrayList<>();
    for (String a : m.appliesTo()) {
      if (s.count(a) > 0) {
        types.add(a);
      }
    }
    if (types.isEmpty()) {
      types = List.of("PC", "SERVER", "MOBILE");
    }
    return types.stream().mapToInt(s::count).sum();
  }
}
