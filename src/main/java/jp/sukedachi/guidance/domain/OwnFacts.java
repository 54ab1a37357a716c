package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.platform.Reason;

/**
 * Names the company's own fact behind a plan item: what makes the measure apply to it (its
 * unsupported PC, its card payments) or, for a measure every company needs, what opens the route
 * the measure closes most for it (its PCs, its online shop account).
 */
final class OwnFacts {
  private final Situation situation;

  OwnFacts(Situation situation) {
    this.situation = situation;
  }

  Optional<Reason> behind(Measure m, AttackRoute route) {
    if (m.legalDutyFor(situation)) {
      return Optional.of(reason(m.legalDutyWhen()));
    }
    Optional<String> applies = m.appliesTo().stream()
        .filter(f -> !"ANY".equals(f) && situation.has(f)).min(Comparator.naturalOrder());
    if (applies.isPresent()) {
      return Optional.of(reason(applies.get()));
    }
    if (route == null) {
      return Optional.empty();
    }
    List<String> opening = new ArrayList<>(route.exposure().keySet());
    opening.removeIf(f -> !situation.has(f));
    opening.sort(Comparator.comparingDouble((String f) -> -route.exposure().get(f)).thenComparing(f -> f));
    return opening.stream().findFirst().map(this::reason);
  }

  private Reason reason(String factor) {
    return switch (factor) {
      case "UNSUPPORTED" -> Reason.of("plan.reason.unsupported", situation.unsupportedDevices());
      case "INTERNET_FACING" -> Reason.of("plan.reason.internetFacing", situation.internetFacingGroups());
      case "PERSONAL_DATA" -> Reason.of("plan.reason.personalData");
      case "SENSITIVE_DATA" -> Reason.of("plan.reason.sensitiveData");
      case "MY_NUMBER" -> Reason.of("plan.reason.myNumber");
      case "REPORTABLE_DATA" -> situation.has("SENSITIVE_DATA") ? Reason.of("plan.reason.sensitiveData")
          : Reason.of("plan.reason.myNumber");
      case "STAFF" -> Reason.of("plan.reason.staff", situation.employees());
      case "SITES" -> Reason.of("plan.reason.sites", situation.sites());
      case "HOSTED_SERVICE" -> hosted();
      default -> signal(factor).orElseGet(() ->
          Reason.of("plan.reason.asset", Reason.of("assetType." + factor), situation.count(factor)));
    };
  }

  private Reason hosted() {
    String type = situation.hostedCounts().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(java.util.Map.Entry::getKey).sorted().findFirst().orElse("CLOUD_EMAIL");
    int services = situation.hostedCounts().values().stream().mapToInt(Integer::intValue).sum();
    return Reason.of("plan.reason.hosted", Reason.of("assetType." + type), services);
  }

  private static Optional<Reason> signal(String factor) {
    return BusinessSignal.named(factor).map(s -> Reason.of("plan.reason.signal." + s.name()));
  }
}
