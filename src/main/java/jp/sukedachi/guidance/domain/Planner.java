package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.guidance.domain.Knapsack.Problem;
import jp.sukedachi.guidance.domain.Knapsack.Selection;
import jp.sukedachi.guidance.domain.RiskModel.Cell;

/**
 * Turns a company's situation and budget into a phased plan: picks candidates, solves the
 * selection, orders the chosen measures, sets their phases and explains each one. Same inputs,
 * same plan.
 */
public final class Planner {
  private static final int NEXT_SUGGESTIONS = 3;

  private final Catalogue catalogue;
  private final RiskModel model;
  private final PlanOptimiser optimiser;

  public Planner(Catalogue catalogue) {
    this(catalogue, new PlanOptimiser());
  }

  public Planner(Catalogue catalogue, PlanOptimiser optimiser) {
    this.catalogue = catalogue;
    this.model = new RiskModel(catalogue);
    this.optimiser = optimiser;
  }

  public Plan plan(Situation situation, Budget budget) {
    return plan(situation, budget, List.of());
  }

  /**
   * The plan when the offers may be bought too: each is weighed against the measures it bundles
   * (bought one by one) and never chosen together with any of them.
   */
  public Plan plan(Situation situation, Budget budget, List<Offer> offers) {
    List<Cell> cells = model.cells(situation);
    double[] risk = cells.stream().mapToDouble(Cell::current).toArray();
    List<Candidate> candidates = new OfferCandidates(model.catalogue(), situation, budget, cells.size())
        .add(new Candidates(model, situation, budget, cells).list(), offers);
    Problem problem = new Problem(risk, candidates.stream().map(Candidate::item).toList(),
        budget.monthlyYen(), budget.oneOffYen(), budget.hours());
    List<Integer> legalDuties = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).measure().legalDutyFor(situation)) {
        legalDuties.add(i);
      }
    }
    Selection selection = RequiredFirst.solve(optimiser, problem, legalDuties);

    double inherent = cells.stream().mapToDouble(Cell::inherent).sum();
    double before = problem.totalRisk();
    var explained = new Explanation(situation, candidates, cells, risk, budget);
    List<Plan.Item> items = explained.items(selection.chosen(), before);
    double after = before - items.stream().mapToDouble(Plan.Item::riskRemoved).sum();
    List<Plan.Item> next = explained.next(selection.chosen(), NEXT_SUGGESTIONS);
    List<Plan.ThreatLoss> losses = model.byThreat(situation, cells).values().stream()
        .filter(r -> r.current() > 0).map(r -> new Plan.ThreatLoss(r.threat(), r.current()))
        .sorted(java.util.Comparator.comparingDouble(Plan.ThreatLoss::yen).reversed()).toList();
    return new Plan(catalogue.version(), budget, inherent, before, Math.max(0, after), items,
        totals(items), next, selection.provenNearOptimal(), SubsidyNote.of(catalogue.subsidy(), situation, budget, items),
        losses);
  }

  private static List<Plan.PhaseTotal> totals(List<Plan.Item> items) {
    Map<Phase, List<Plan.Item>> byPhase = new EnumMap<>(Phase.class);
    for (Phase p : Phase.values()) {
      byPhase.put(p, new ArrayList<>());
    }
    items.forEach(i -> byPhase.get(i.phase()).add(i));
    List<Plan.PhaseTotal> totals = new ArrayList<>();
    byPhase.forEach((phase, list) -> totals.add(new Plan.PhaseTotal(phase,
        list.stream().mapToLong(Plan.Item::oneOffYen).sum(),
        list.stream().mapToLong(Plan.Item::netMonthlyYen).sum(),
        list.stream().mapToDouble(Plan.Item::hours).sum(),
        list.stream().mapToDouble(Plan.Item::riskRemoved).sum())));
    return totals;
  }

  /**
   * The plan with an offer available beside the plan without it, and what the open measures it
   * bundles would cost bought one by one (catalogue prices for this company).
   */
  public record OfferComparison(Offer offer, Plan with, Plan without, long separateOneOffYen,
      long separateMonthlyYen) {}

  public OfferComparison compare(Situation situation, Budget budget, Offer offer) {
    Plan without = plan(situation, budget);
    Plan with = plan(situation, budget, List.of(offer));
    long oneOff = 0;
    long monthly = 0;
    for (Candidate c : new Candidates(model, situation, budget, List.of()).list()) {
      if (offer.measureCodes().contains(c.measure().code())) {
        oneOff += c.oneOffYen();
        monthly += c.monthlyYen();
      }
    }
    return new OfferComparison(offer, with, without, oneOff, monthly);
  }

  /**
   * A candidate measure (or offer) with its company-specific numbers.
   *
   * @param covers for an offer, the candidates of the open measures it delivers; empty for a measure
   */
  record Candidate(Measure measure, int quantity, long oneOffYen, long monthlyYen,
      long subsidyMonthlyYen, boolean partlyInPlace, Knapsack.Item item, List<Candidate> covers) {
    Candidate(Measure measure, int quantity, long oneOffYen, long monthlyYen, long subsidyMonthlyYen,
        boolean partlyInPlace, Knapsack.Item item) {
      this(measure, quantity, oneOffYen, monthlyYen, subsidyMonthlyYen, partlyInPlace, item, List.of());
    }
  }

  /**
   * Builds the candidates: applicable, not fully in place, with satisfiable prerequisites; measures
   * of one alternative group exclude each other.
   */
  static final class Candidates {
    private final RiskModel model;
    private final Situation situation;
    private final Budget budget;
    private final List<Cell> cells;

    Candidates(RiskModel model, Situation situation, Budget budget, List<Cell> cells) {
      this.model = model;
      this.situation = situation;
      this.budget = budget;
      this.cells = cells;
    }

    List<Candidate> list() {
      Map<String, Measure> open = new LinkedHashMap<>();
      Map<String, Measure> inPlace = new HashMap<>();
      for (Measure m : model.catalogue().measures()) {
        double share = model.inPlace(m, situation);
        if (share >= 1) {
          inPlace.put(m.code(), m);
        } else if (model.appliesTo(m, situation)) {
          open.put(m.code(), m);
        }
      }
      boolean changed = true;
      while (changed) {
        changed = open.values().removeIf(m -> requirements(m).stream()
            .anyMatch(r -> !open.containsKey(r) && !inPlace.containsKey(r))
            || alternativeInPlace(m, inPlace));
      }
      List<String> codes = new ArrayList<>(open.keySet());
      List<Candidate> out = new ArrayList<>();
      for (Measure m : open.values()) {
        // A prerequisite already partly in place has laid the ground: what needs it may go ahead.
        List<Integer> pre = requirements(m).stream().filter(open::containsKey)
            .filter(r -> model.inPlace(open.get(r), situation) == 0).map(codes::indexOf).toList();
        List<Integer> alternatives = new ArrayList<>();
        for (int j = 0; j < codes.size(); j++) {
          Measure other = open.get(codes.get(j));
          if (other != m && m.alternativeGroup() != null && m.alternativeGroup().equals(other.alternativeGroup())) {
            alternatives.add(j);
          }
        }
        out.add(candidate(m, pre, alternatives));
      }
      return out;
    }

    /** One way of doing the thing is already in place: its alternatives add nothing a plan needs. */
    private static boolean alternativeInPlace(Measure m, Map<String, Measure> inPlace) {
      return m.alternativeGroup() != null
          && inPlace.values().stream().anyMatch(p -> m.alternativeGroup().equals(p.alternativeGroup()));
    }

    /**
     * Catalogue prerequisites that apply to this company (one that does not apply is not needed),
     * plus what the subsidy requires for anything bought with it.
     */
    private List<String> requirements(Measure m) {
      List<String> r = new ArrayList<>(m.prerequisites().stream()
          .filter(p -> model.catalogue().measure(p).map(q -> model.appliesTo(q, situation)).orElse(true)).toList());
      if (subsidyMonthlyYen(m) > 0) {
        String required = model.catalogue().subsidy().requiredMeasure();
        if (!m.code().equals(required) && !r.contains(required)) {
          r.add(required);
        }
      }
      return r;
    }

    /** The subsidy per month on the measure's fees, when asked for and the catalogue's rule grants it. */
    private long subsidyMonthlyYen(Measure m) {
      SubsidyRule rule = model.catalogue().subsidy();
      if (!budget.subsidy() || !m.subsidyEligible() || rule == null) {
        return 0;
      }
      return rule.monthlyYen(m.monthlyYen() * RiskModel.quantity(m, situation), situation.sme(),
          situation.smallEnterprise());
    }

    private Candidate candidate(Measure m, List<Integer> prerequisites, List<Integer> alternatives) {
      boolean partly = model.inPlace(m, situation) > 0;
      double[] strength = new double[cells.size()];
      for (int t = 0; t < cells.size(); t++) {
        double s = m.strength(cells.get(t).threat().code(), cells.get(t).route().code());
        // Completing a half-done measure removes what the first half left: 1 − (1−s)/(1−s/2).
        strength[t] = partly ? 1 - (1 - s) / (1 - s / 2) : s;
      }
      int q = RiskModel.quantity(m, situation);
      long monthly = m.monthlyYen() * q;
      long subsidy = subsidyMonthlyYen(m);
      long oneOff = m.oneOffYen() * q;
      var item = new Knapsack.Item(m.code(), oneOff, monthly - subsidy, m.internalHours(), strength,
          prerequisites, alternatives);
      return new Candidate(m, q, oneOff, monthly, subsidy, partly, item);
    }
  }
}
