package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * A measure from the catalogue: what it costs, whom it needs, what it applies to and how
 * strongly it reduces each threat (0–1, the share of that threat's risk it removes).
 *
 * @param appliesTo asset types or conditions (ANY, UNSUPPORTED, INTERNET_FACING, PERSONAL_DATA, STAFF)
 * @param selfCheckItem the 自社診断 item that tells whether it is already in place, if any
 */
public record Measure(String code, Bilingual title, Bilingual explanation, String guidelineRef,
    String area, int stage, long oneOffYen, long monthlyYen, CostBasis costBasis,
    String costSource, double internalHours, Set<String> deliverers, Integer selfCheckItem,
    Set<String> appliesTo, boolean subsidyEligible, Map<String, Double> strengths,
    List<String> prerequisites, String cisIg1, String cyberEssentials) implements Serializable {

  /** How a measure's price scales. */
  public enum CostBasis { COMPANY, DEVICE, EMPLOYEE, SITE }

  public Measure {
    deliverers = Set.copyOf(deliverers);
    appliesTo = Set.copyOf(appliesTo);
    strengths = Map.copyOf(strengths);
    prerequisites = List.copyOf(prerequisites);
  }

  public double strength(String threat) {
    return strengths.getOrDefault(threat, 0.0);
  }
}
