package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * Risk as an expected yearly loss in yen, per threat and attack route (docs/risk-model.md):
 *
 * <ul>
 *   <li>a threat reaches the company through the routes its facts open: incidents per year =
 *       the threat's yearly rate × Σ over routes (the route's share of the threat × the route's
 *       exposure for this company, 0–5, 1 being the average SME);
 *   <li>one incident costs the threat's loss for a reference SME × a size factor
 *       √((staff + 1) / 21) × importance / 2, where importance (1–3) is the highest rating of the
 *       threat's axis over the information assets (2 when none are registered; personal data makes
 *       confidentiality at least 2, sensitive data or My Number 3);
 *   <li>measures in place (marked done, or answered 実施している in the 自社診断; 一部実施 counts
 *       half) close part of a route or avoid part of the damage: each cell (threat, route) keeps
 *       Π(1 − share × strength).
 * </ul>
 */
public final class RiskModel {
  private static final int DEFAULT_IMPORTANCE = 2;
  private static final int REFERENCE_STAFF = 20;
  private static final double MIN_SIZE_FACTOR = 0.3;
  private static final double MAX_SIZE_FACTOR = 4.0;

  private final Catalogue catalogue;
  private final Map<String, AttackRoute> routes;

  public RiskModel(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.routes = catalogue.routesByCode();
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * One threat coming through one route for this company, in yen per year.
   *
   * @param inherent with no measure in place
   * @param current with the measures in place
   */
  public record Cell(Threat threat, AttackRoute route, double inherent, double current) {}

  /** A threat's expected yearly loss over its routes, before and after the measures in place. */
  public record ThreatRisk(Threat threat, int importance, double inherent, double current) {}

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

  /** The open cells: every (threat, route) pair whose route this company has. */
  public List<Cell> cells(Situation s) {
    List<Measure> inPlace = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (Measure m : catalogue.measures()) {
      double share = inPlace(m, s);
      if (share > 0 && appliesTo(m, s)) {
        inPlace.add(m);
        shares.add(share);
      }
    }
    double size = sizeFactor(s.employees());
    List<Cell> cells = new ArrayList<>();
    for (Threat t : catalogue.threats()) {
      double perIncident = t.lossYen() * size * importance(t.axis(), s) / 2.0;
      for (var r : t.routes().entrySet()) {
        AttackRoute route = routes.get(r.getKey());
        double exposure = route.exposureOf(s);
        if (exposure <= 0) {
          continue;
        }
        double inherent = t.yearlyRate() * r.getValue() * exposure * perIncident;
        double current = inherent;
        for (int i = 0; i < inPlace.size(); i++) {
          current *= 1 - shares.get(i) * inPlace.get(i).strength(t.code(), route.code());
        }
        cells.add(new Cell(t, route, inherent, current));
      }
    }
    return cells;
  }

  /** The expected yearly loss per threat (in catalogue order), summed over its open routes. */
  public Map<String, ThreatRisk> assess(Situation s) {
    return byThreat(s, cells(s));
  }

  public Map<String, ThreatRisk> byThreat(Situation s, List<Cell> cells) {
    Map<String, ThreatRisk> risks = new LinkedHashMap<>();
    for (Threat t : catalogue.threats()) {
      double inherent = 0;
      double current = 0;
      for (Cell c : cells) {
        if (c.threat() == t) {
          inherent += c.inherent();
          current += c.current();
        }
      }
      risks.put(t.code(), new ThreatRisk(t, importance(t.axis(), s), inherent, current));
    }
    return risks;
  }

  /** What one incident costs relative to the reference SME of 20 staff. */
  static double sizeFactor(int employees) {
    double f = Math.sqrt((Math.max(0, employees) + 1.0) / (REFERENCE_STAFF + 1));
    return Math.max(MIN_SIZE_FACTOR, Math.min(MAX_SIZE_FACTOR, f));
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
      case UNSUPPORTED_DEVICE -> Math.max(1, s.unsupportedDevices());
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
