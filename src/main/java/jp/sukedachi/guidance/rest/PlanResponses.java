package jp.sukedachi.guidance.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.sukedachi.guidance.application.PlanView;
import jp.sukedachi.guidance.domain.AttackRoute;
import jp.sukedachi.guidance.domain.Capability;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.StoredPlan;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;

/** Response bodies of the plan and catalogue API. */
public final class PlanResponses {
  private PlanResponses() {}

  /** Why an item is in the plan: the message key, its arguments and the sentence. */
  public record Why(String key, List<String> args, String text) {
    // Identity, not the record's deep hash: JSON-B (Yasson) puts every object it serialises into
    // a hash set to catch cycles, and a deep hash over a plan's items and reasons made that
    // quadratic (most of a cached plan's serving time in a JFR profile). These are write-only.
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** The budget the plan was made for. */
  public record BudgetBody(long monthlyYen, long oneOffYen, double hours, boolean subsidy) {}

  /** A measure in the plan. */
  public record Item(String code, String title, String phase, int quantity, long oneOffYen,
      long monthlyYen, long subsidyMonthlyYen, long netMonthlyYen, double hours, double riskRemoved,
      Double riskRemovedPer10kYen, String status, List<Why> reasons) {
    // Identity: see Why.
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** Totals of a phase. */
  public record PhaseBody(String phase, long oneOffYen, long netMonthlyYen, double hours,
      double riskRemoved) {}

  /** A risk level in words: its code and the word in the request's language. */
  public record Level(String code, String text) {}

  /**
   * The whole plan; planId and version name the stored version the owner adopted. Risks are
   * expected yearly losses in yen ({@code riskUnit}); the levels say them in words.
   */
  public record PlanBody(Long planId, Integer version, String catalogueVersion, BudgetBody budget, double inherentRisk,
      double riskBefore, double riskAfter, String riskUnit, Level riskLevelBefore, Level riskLevelAfter,
      Double riskRemovedPer10kYen, long oneOffYen, long netMonthlyYen, boolean provenNearOptimal,
      Why subsidyNote, List<PhaseBody> phases, List<Item> items, List<Item> next) {
    // Identity: see Why.
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** An item of a stored plan version: its numbers as adopted. */
  public record StoredItem(int position, String code, String phase, int quantity, long oneOffYen,
      long monthlyYen, long subsidyMonthlyYen, double hours, double riskRemoved) {}

  /** A stored plan version. */
  public record StoredPlanBody(long planId, int version, java.time.Instant createdAt,
      String catalogueVersion, BudgetBody budget, double inherentRisk, double riskBefore,
      double riskAfter, boolean provenNearOptimal, List<StoredItem> items) {}

  static StoredPlanBody stored(StoredPlan p) {
    var b = p.budget();
    List<StoredItem> items = new java.util.ArrayList<>();
    var list = p.items();
    for (int k = 0; k < list.size(); k++) {
      var i = list.get(k);
      items.add(new StoredItem(k + 1, i.measureCode(), i.phase().name(), i.quantity(), i.oneOffYen(),
          i.monthlyYen(), i.subsidyMonthlyYen(), i.hours(), round(i.riskRemoved())));
    }
    return new StoredPlanBody(p.id(), p.version(), p.createdAt(), p.catalogueVersion(),
        new BudgetBody(b.monthlyYen(), b.oneOffYen(), b.hours(), b.subsidy()), round(p.inherentRisk()),
        round(p.riskBefore()), round(p.riskAfter()), p.provenNearOptimal(), items);
  }

  /** A catalogue measure. */
  public record MeasureBody(String code, String title, String explanation, String guidelineRef,
      String area, int stage, long oneOffYen, long monthlyYen, String costBasis, String costSource,
      double internalHours, List<String> deliverers, Integer selfCheckItem, List<String> appliesTo,
      boolean subsidyEligible, Map<String, Double> closesRoutes, Map<String, Double> avoidsDamage,
      String alternativeGroup, String legalDutyWhen, List<String> prerequisites, String cisIg1,
      String cyberEssentials, List<String> capabilities) {}

  /** A deliverable capability that measures need and services or experts offer. */
  public record CapabilityBody(String code, String name, String description) {}

  /**
   * A catalogue threat: how often it hits a reference SME (20 staff) a year, what one incident
   * costs it, the source, and the share of its incidents per attack route.
   */
  public record ThreatBody(String code, String name, String entryRoute, String impactAxis,
      double yearlyRate, long lossYen, String lossSource, Map<String, Double> routes) {}

  /** An attack route and what opens it (factor to exposure weight). */
  public record RouteBody(String code, String name, String description, double baseExposure,
      Map<String, Double> exposure) {}

  public static PlanBody plan(PlanView view, Locale l) {
    return plan(view, l, true);
  }

  /** The plan as a consent recipient sees it: without the company's budget, which is not shared. */
  public static PlanBody sharedPlan(PlanView view, Locale l) {
    return plan(view, l, false);
  }

  private static PlanBody plan(PlanView view, Locale l, boolean withBudget) {
    Plan p = view.plan();
    var stored = view.stored();
    return new PlanBody(stored == null ? null : stored.planId(), stored == null ? null : stored.version(),
        p.catalogueVersion(),
        withBudget ? new BudgetBody(p.budget().monthlyYen(), p.budget().oneOffYen(), p.budget().hours(),
            p.budget().subsidy()) : null,
        round(p.inherentRisk()), round(p.riskBefore()), round(p.riskAfter()), RISK_UNIT,
        level(p.levelBefore(), l), level(p.levelAfter(), l), round(p.riskPer10kYen()),
        p.oneOffYen(), p.netMonthlyYen(), p.provenNearOptimal(),
        p.subsidyNote() == null ? null : why(p.subsidyNote(), l),
        p.phases().stream().map(t -> new PhaseBody(t.phase().name(), t.oneOffYen(), t.netMonthlyYen(),
            t.hours(), round(t.riskRemoved()))).toList(),
        p.items().stream().map(i -> item(i, view.progress(), l)).toList(),
        p.next().stream().map(i -> item(i, view.progress(), l)).toList());
  }

  /** Risks are expected yearly losses in yen. */
  static final String RISK_UNIT = "JPY_PER_YEAR";

  static Level level(Plan.RiskLevel level, Locale l) {
    return new Level(level.name(), Texts.message(l, level.words()));
  }

  static Item item(Plan.Item i, Map<String, ProgressStatus> progress, Locale l) {
    ProgressStatus s = progress.get(i.measure().code());
    return new Item(i.measure().code(), i.measure().title().in(l), i.phase().name(), i.quantity(),
        i.oneOffYen(), i.monthlyYen(), i.subsidyMonthlyYen(), i.netMonthlyYen(), i.hours(),
        round(i.riskRemoved()), round(i.riskPer10kYen()), s == null ? null : s.name(),
        i.reasons().stream().map(r -> why(r, l)).toList());
  }

  static Why why(Reason r, Locale l) {
    List<String> args = r.args().stream().map(a -> a instanceof Reason x ? Texts.message(l, x)
        : a instanceof Bilingual b ? b.in(l) : String.valueOf(a)).toList();
    return new Why(r.key(), args, Texts.message(l, r));
  }

  static MeasureBody measure(Measure m, Locale l) {
    return new MeasureBody(m.code(), m.title().in(l), m.explanation().in(l), m.guidelineRef(), m.area(),
        m.stage(), m.oneOffYen(), m.monthlyYen(), m.costBasis().name(), m.costSource(), m.internalHours(),
        m.deliverers().stream().map(Enum::name).sorted().toList(), m.selfCheckItem(),
        m.appliesTo().stream().sorted().toList(), m.subsidyEligible(), new TreeMap<>(m.routeStrengths()),
        new TreeMap<>(m.damageReductions()), m.alternativeGroup(), m.legalDutyWhen(), m.prerequisites(),
        m.cisIg1(), m.cyberEssentials(), m.capabilities().stream().sorted().toList());
  }

  static CapabilityBody capability(Capability c, Locale l) {
    return new CapabilityBody(c.code(), c.name().in(l), c.description().in(l));
  }

  static ThreatBody threat(Threat t, Locale l) {
    return new ThreatBody(t.code(), t.name().in(l), t.entryRoute().in(l), t.axis().name(), t.yearlyRate(),
        t.lossYen(), t.lossSource().in(l), t.routes());
  }

  static RouteBody route(AttackRoute r, Locale l) {
    return new RouteBody(r.code(), r.name().in(l), r.description().in(l), r.baseExposure(), r.exposure());
  }

  private static Double round(Double d) {
    return d == null ? null : Math.round(d * 100) / 100.0;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
