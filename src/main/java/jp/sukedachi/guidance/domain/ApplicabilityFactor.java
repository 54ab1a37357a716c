package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * Something about a company that makes a measure applicable or a threat likelier: an IT asset
 * type it holds, or a condition.
 */
public record ApplicabilityFactor(String code, Kind kind, Bilingual name) implements Serializable {

  /** An asset type (the company holds at least one) or a condition (evaluated on its situation). */
  public enum Kind { ASSET_TYPE, CONDITION }

  /**
   * The conditions the risk model evaluates ({@link Situation#has}); any other factor code is read
   * as an asset type, so a condition the model does not know would silently never hold.
   */
  public static final Set<String> CONDITIONS = conditions();

  private static Set<String> conditions() {
    Set<String> c = new java.util.HashSet<>(Set.of("ANY", "UNSUPPORTED", "INTERNET_FACING", "PERSONAL_DATA",
        "SENSITIVE_DATA", "MY_NUMBER", "REPORTABLE_DATA", "STAFF", "SITES", "HOSTED_SERVICE"));
    for (var s : jp.sukedachi.assessment.facts.BusinessSignal.values()) {
      c.add(s.name());
    }
    return Set.copyOf(c);
  }
}
