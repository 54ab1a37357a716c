package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.sukedachi.guidance.domain.Planner.Candidate;
import jp.sukedachi.platform.Bilingual;

/**
 * Turns offers into candidates beside the measures: an offer removes what its open measures
 * together would remove, needs what they need (outside the offer), costs its own price for this
 * company, and conflicts with each measure it bundles, so the optimiser chooses one or the other.
 */
final class OfferCandidates {
  /** Marks a plan item that is an offer, not a catalogue measure. */
  static final String CODE_PREFIX = "OFFER:";

  private final Catalogue catalogue;
  private final Situation situation;
  private final Budget budget;
  private final int dimensions;

  /** @param dimensions how many risk cells the candidates' strengths cover */
  OfferCandidates(Catalogue catalogue, Situation situation, Budget budget, int dimensions) {
    this.catalogue = catalogue;
    this.situation = situation;
    this.budget = budget;
    this.dimensions = dimensions;
  }

  List<Candidate> add(List<Candidate> measures, List<Offer> offers) {
    if (offers.isEmpty()) {
      return measures;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < measures.size(); i++) {
      index.put(measures.get(i).measure().code(), i);
    }
    List<Candidate> out = new ArrayList<>(measures);
    Set<String> seen = new LinkedHashSet<>();
    Map<Integer, List<Integer>> coveredByOffer = new LinkedHashMap<>();
    for (Offer o : offers) {
      List<Integer> covered = new ArrayList<>(new TreeSet<>(o.measureCodes().stream()
          .filter(index::containsKey).map(index::get).toList()));
      if (!covered.isEmpty() && seen.add(o.code())) {
        // Two offers that deliver the same measure are alternatives too, and so is an offer and
        // another way of doing what it delivers.
        Set<Integer> conflicts = new TreeSet<>(covered);
        covered.forEach(c -> conflicts.addAll(measures.get(c).item().conflicts()));
        coveredByOffer.forEach((other, parts) -> {
          if (parts.stream().anyMatch(covered::contains)) {
            conflicts.add(other);
          }
        });
        coveredByOffer.put(out.size(), covered);
        out.add(candidate(o, covered, conflicts, measures, index));
      }
    }
    return out;
  }

  private Candidate candidate(Offer o, List<Integer> covered, Set<Integer> conflicts,
      List<Candidate> measures, Map<String, Integer> index) {
    double[] keep = new double[dimensions];
    Arrays.fill(keep, 1);
    Set<Integer> prerequisites = new TreeSet<>();
    List<Candidate> parts = new ArrayList<>();
    Set<String> capabilities = new TreeSet<>();
    int stage = Integer.MAX_VALUE;
    for (int c : covered) {
      Candidate part = measures.get(c);
      parts.add(part);
      capabilities.addAll(part.measure().capabilities());
      stage = Math.min(stage, part.measure().stage());
      part.item().leaves(keep);
      part.item().prerequisites().stream().filter(p -> !covered.contains(p)).forEach(prerequisites::add);
    }
    double[] strength = new double[keep.length];
    for (int t = 0; t < keep.length; t++) {
      strength[t] = 1 - keep[t];
    }
    long monthly = o.monthlyYen(situation);
    long subsidy = subsidy(o, monthly, covered, index, prerequisites);
    Measure asMeasure = new Measure(CODE_PREFIX + o.code(), o.name(), bundled(parts.stream().map(Candidate::measure).toList()), "", "OFFER",
        stage, o.oneOffYen(), monthly, Measure.CostBasis.COMPANY, "OFFER", o.internalHours(),
        Set.of(), null, Set.of(), o.subsidyEligible(), Map.of(), Map.of(), List.of(),
        "", "", capabilities, null, null);
    var item = new Knapsack.Item(asMeasure.code(), o.oneOffYen(), monthly - subsidy, o.internalHours(),
        strength, List.copyOf(prerequisites), List.copyOf(conflicts));
    return new Candidate(asMeasure, Math.max(1, o.devices(situation)), o.oneOffYen(), monthly, subsidy,
        false, item, parts);
  }

  /** The subsidy on the offer's fees, if asked for, granted by the rule, and its declaration can be made. */
  private long subsidy(Offer o, long monthly, List<Integer> covered, Map<String, Integer> index,
      Set<Integer> prerequisites) {
    SubsidyRule rule = catalogue.subsidy();
    if (!budget.subsidy() || !o.subsidyEligible() || rule == null) {
      return 0;
    }
    long subsidy = rule.monthlyYen(monthly, situation.sme(), situation.smallEnterprise());
    Integer declaration = index.get(rule.requiredMeasure());
    if (subsidy > 0 && declaration != null && !covered.contains(declaration)) {
      prerequisites.add(declaration);
    }
    return subsidy;
  }

  private static Bilingual bundled(List<Measure> parts) {
    return new Bilingual(
        String.join("、", parts.stream().map(m -> m.title().ja()).toList()),
        String.join(", ", parts.stream().map(m -> m.title().en()).toList()));
  }
}
