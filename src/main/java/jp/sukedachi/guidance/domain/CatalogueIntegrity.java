package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.sukedachi.platform.Bilingual;

/**
 * The rules a catalogue must keep before the planner may use it. {@link #check} returns every
 * violation, not just the first, so whoever loads a broken catalogue sees all that is wrong.
 */
public final class CatalogueIntegrity {

  /** The rules, each with its own violations. */
  public enum Rule {
    /** A measure's applicability or a threat's exposure names a factor that is neither a known condition nor an asset type. */
    UNKNOWN_FACTOR,
    /** A prerequisite names a measure that is not in the catalogue. */
    UNKNOWN_PREREQUISITE,
    /** Measures require each other in a circle, so none of them could ever be planned. */
    PREREQUISITE_CYCLE,
    /** A strength, damage reduction, base exposure, share or yearly rate outside 0–1, an exposure weight outside 0–5, or a loss ≤ 0. */
    OUT_OF_RANGE,
    /** A measure reduces a threat that is not in the catalogue. */
    UNKNOWN_THREAT,
    /** A threat or a measure names an attack route that is not in the catalogue, or a threat's route shares do not add up to 1. */
    UNKNOWN_ROUTE,
    /** An alternative group with a single measure (a typo: alternatives come at least in pairs). */
    LONE_ALTERNATIVE,
    /** No measure reduces a threat, so no plan can ever address it. */
    UNREACHABLE_THREAT,
    /** A text shown to users is missing in Japanese or English. */
    MISSING_TEXT,
    /** A named rule (SECURITY ACTION, subsidy) names a measure that is not in the catalogue, or is incomplete. */
    NAMED_RULE,
    /** A measure points at a capability that is not in the taxonomy. */
    UNKNOWN_CAPABILITY
  }

  /** One broken rule, with a message naming what breaks it. */
  public record Violation(Rule rule, String message) {
    @Override
    public String toString() {
      return rule + ": " + message;
    }
  }

  private final Catalogue catalogue;
  private final List<Violation> out = new ArrayList<>();

  private CatalogueIntegrity(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Every violation in the catalogue; empty when it keeps all the rules. */
  public static List<Violation> check(Catalogue catalogue) {
    CatalogueIntegrity c = new CatalogueIntegrity(catalogue);
    c.factors();
    c.prerequisites();
    c.ranges();
    c.threats();
    c.routes();
    c.alternatives();
    c.texts();
    c.rules();
    c.capabilities();
    return List.copyOf(c.out);
  }

  /** Throws when the catalogue breaks a rule, listing every violation. */
  public static Catalogue requireValid(Catalogue catalogue) {
    List<Violation> violations = check(catalogue);
    if (!violations.isEmpty()) {
      throw new IllegalStateException("Measure catalogue " + catalogue.version() + " breaks "
          + violations.size() + " integrity rule(s):\n  - "
          + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  - ")));
    }
    return catalogue;
  }

  private void violation(Rule rule, String message) {
    out.add(new Violation(rule, message));
  }

  private void factors() {
    Set<String> known = new HashSet<>();
    for (ApplicabilityFactor f : catalogue.factors()) {
      if (f.kind() == ApplicabilityFactor.Kind.CONDITION && !ApplicabilityFactor.CONDITIONS.contains(f.code())) {
        violation(Rule.UNKNOWN_FACTOR, "condition " + f.code() + " is not one the risk model evaluates "
            + ApplicabilityFactor.CONDITIONS.stream().sorted().toList());
      } else {
        known.add(f.code());
      }
    }
    for (Measure m : catalogue.measures()) {
      if (m.appliesTo().isEmpty()) {
        violation(Rule.UNKNOWN_FACTOR, "measure " + m.code() + " applies to nothing, so it is never planned");
      }
      m.appliesTo().stream().filter(f -> !known.contains(f)).sorted().forEach(f -> violation(Rule.UNKNOWN_FACTOR,
          "measure " + m.code() + " applies to unknown factor " + f));
    }
    for (AttackRoute r : catalogue.routes()) {
      r.exposure().keySet().stream().filter(f -> !known.contains(f)).sorted().forEach(f -> violation(
          Rule.UNKNOWN_FACTOR, "route " + r.code() + " is opened by unknown factor " + f));
    }
  }

  private void prerequisites() {
    Map<String, Measure> byCode = new HashMap<>();
    catalogue.measures().forEach(m -> byCode.put(m.code(), m));
    for (Measure m : catalogue.measures()) {
      m.prerequisites().stream().filter(p -> !byCode.containsKey(p)).forEach(p -> violation(
          Rule.UNKNOWN_PREREQUISITE, "measure " + m.code() + " requires unknown measure " + p));
    }
    // Depth-first search; a measure met again while still on the path closes a cycle.
    Map<String, Integer> state = new HashMap<>();
    for (Measure m : catalogue.measures()) {
      cycleFrom(m.code(), byCode, state, new ArrayList<>());
    }
  }

  private void cycleFrom(String code, Map<String, Measure> byCode, Map<String, Integer> state, List<String> path) {
    int s = state.getOrDefault(code, 0);
    if (s == 2 || !byCode.containsKey(code)) {
      return;
    }
    if (s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
      cycle.add(code);
      violation(Rule.PREREQUISITE_CYCLE, "prerequisites form a cycle: " + String.join(" → ", cycle));
      return;
    }
    state.put(code, 1);
    path.add(code);
    for (String p : byCode.get(code).prerequisites()) {
      cycleFrom(p, byCode, state, path);
    }
    path.remove(path.size() - 1);
    state.put(code, 2);
  }

  private void ranges() {
    for (Measure m : catalogue.measures()) {
      new TreeMap<>(m.routeStrengths()).forEach((r, s) -> share("measure " + m.code() + " strength on route " + r, s));
      new TreeMap<>(m.damageReductions()).forEach((t, s) -> share("measure " + m.code() + " damage reduction on " + t, s));
    }
    for (AttackRoute r : catalogue.routes()) {
      share("route " + r.code() + " base exposure", r.baseExposure());
      new TreeMap<>(r.exposure()).forEach((f, w) -> {
        if (!(w >= 0 && w <= AttackRoute.MAX_EXPOSURE)) {
          violation(Rule.OUT_OF_RANGE, "route " + r.code() + " has exposure weight " + w + " for " + f + ", outside 0–5");
        }
      });
    }
    for (Threat t : catalogue.threats()) {
      share("threat " + t.code() + " yearly rate", t.yearlyRate());
      new TreeMap<>(t.routes()).forEach((r, s) -> share("threat " + t.code() + " share through " + r, s));
      if (t.lossYen() <= 0) {
        violation(Rule.OUT_OF_RANGE, "threat " + t.code() + " has loss " + t.lossYen() + ", not positive");
      }
    }
  }

  private void share(String what, double value) {
    if (!(value >= 0 && value <= 1)) {
      violation(Rule.OUT_OF_RANGE, what + " is " + value + ", outside 0–1");
    }
  }

  private void threats() {
    Map<String, Threat> threats = catalogue.threatsByCode();
    Set<String> reduced = new HashSet<>();
    for (Measure m : catalogue.measures()) {
      new TreeMap<>(m.damageReductions()).forEach((key, s) -> {
        String t = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
        String route = key.contains("@") ? key.substring(key.indexOf('@') + 1) : null;
        if (!threats.containsKey(t)) {
          violation(Rule.UNKNOWN_THREAT, "measure " + m.code() + " reduces unknown threat " + t);
        } else if (route != null && !threats.get(t).routes().containsKey(route)) {
          violation(Rule.UNKNOWN_ROUTE, "measure " + m.code() + " cuts the damage of " + t + " through " + route
              + ", a route it does not come through");
        } else if (s > 0) {
          reduced.add(t);
        }
      });
      threats.values().forEach(t -> {
        if (t.routes().keySet().stream().anyMatch(r -> m.routeStrengths().getOrDefault(r, 0.0) > 0)) {
          reduced.add(t.code());
        }
      });
    }
    threats.keySet().stream().filter(t -> !reduced.contains(t)).forEach(t -> violation(Rule.UNREACHABLE_THREAT,
        "no measure reduces threat " + t));
  }

  private void routes() {
    Set<String> routes = catalogue.routesByCode().keySet();
    for (Threat t : catalogue.threats()) {
      t.routes().keySet().stream().filter(r -> !routes.contains(r)).sorted().forEach(r -> violation(
          Rule.UNKNOWN_ROUTE, "threat " + t.code() + " comes through unknown route " + r));
      double sum = t.routes().values().stream().mapToDouble(Double::doubleValue).sum();
      if (Math.abs(sum - 1) > 0.005) {
        violation(Rule.UNKNOWN_ROUTE, "threat " + t.code() + " has route shares adding up to " + sum + ", not 1");
      }
    }
    for (Measure m : catalogue.measures()) {
      m.routeStrengths().keySet().stream().filter(r -> !routes.contains(r)).sorted().forEach(r -> violation(
          Rule.UNKNOWN_ROUTE, "measure " + m.code() + " closes unknown route " + r));
    }
  }

  private void alternatives() {
    Map<String, Long> sizes = new TreeMap<>(catalogue.measures().stream().filter(m -> m.alternativeGroup() != null)
        .collect(Collectors.groupingBy(Measure::alternativeGroup, Collectors.counting())));
    sizes.forEach((group, n) -> {
      if (n < 2) {
        violation(Rule.LONE_ALTERNATIVE, "alternative group " + group + " has a single measure");
      }
    });
  }

  private void texts() {
    for (Threat t : catalogue.threats()) {
      text("threat " + t.code() + " name", t.name());
      text("threat " + t.code() + " entry route", t.entryRoute());
      text("threat " + t.code() + " loss source", t.lossSource());
    }
    for (AttackRoute r : catalogue.routes()) {
      text("route " + r.code() + " name", r.name());
      text("route " + r.code() + " description", r.description());
    }
    for (Measure m : catalogue.measures()) {
      text("measure " + m.code() + " title", m.title());
      text("measure " + m.code() + " explanation", m.explanation());
    }
    for (Capability c : catalogue.capabilities()) {
      text("capability " + c.code() + " name", c.name());
      text("capability " + c.code() + " description", c.description());
    }
    for (ApplicabilityFactor f : catalogue.factors()) {
      text("factor " + f.code() + " name", f.name());
    }
    if (catalogue.subsidy() != null) {
      text("subsidy name", catalogue.subsidy().name());
    }
  }

  private void text(String what, Bilingual b) {
    if (b == null || blank(b.ja())) {
      violation(Rule.MISSING_TEXT, what + " has no Japanese text");
    }
    if (b == null || blank(b.en())) {
      violation(Rule.MISSING_TEXT, what + " has no English text");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private void rules() {
    for (SecurityActionRequirement.Level level : SecurityActionRequirement.Level.values()) {
      long stated = catalogue.securityAction().stream().filter(r -> r.level() == level).count();
      if (stated != 1) {
        violation(Rule.NAMED_RULE, "SECURITY ACTION " + level + " is stated " + stated + " times, not once");
      }
    }
    for (SecurityActionRequirement r : catalogue.securityAction()) {
      if (r.measures().isEmpty() && !r.selfCheckRequired()) {
        violation(Rule.NAMED_RULE, "SECURITY ACTION " + r.level() + " requires nothing");
      }
      r.measures().stream().filter(c -> catalogue.measure(c).isEmpty()).forEach(c -> violation(
          Rule.NAMED_RULE, "SECURITY ACTION " + r.level() + " requires unknown measure " + c));
    }
    SubsidyRule subsidy = catalogue.subsidy();
    if (subsidy == null) {
      catalogue.measures().stream().filter(Measure::subsidyEligible).forEach(m -> violation(Rule.NAMED_RULE,
          "measure " + m.code() + " is subsidy-eligible but the catalogue states no subsidy rule"));
    } else if (catalogue.measure(subsidy.requiredMeasure()).isEmpty()) {
      violation(Rule.NAMED_RULE, "the subsidy requires unknown measure " + subsidy.requiredMeasure());
    }
  }

  private void capabilities() {
    Set<String> known = new HashSet<>();
    catalogue.capabilities().forEach(c -> known.add(c.code()));
    for (Measure m : catalogue.measures()) {
      if (m.capabilities().isEmpty()) {
        violation(Rule.UNKNOWN_CAPABILITY, "measure " + m.code() + " names no capability to deliver it");
      }
      m.capabilities().stream().filter(c -> !known.contains(c)).sorted().forEach(c -> violation(
          Rule.UNKNOWN_CAPABILITY, "measure " + m.code() + " needs unknown capability " + c));
    }
  }
}
