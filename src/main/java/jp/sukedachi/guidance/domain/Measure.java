package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * A measure from the catalogue: what it costs, who can deliver it, what it applies to, which
 * deliverable capabilities it needs and how strongly it reduces each threat (0–1, the share of
 * that threat's risk it removes).
 *
 * @param deliverers who can put it in place
 * @param appliesTo codes of {@link ApplicabilityFactor}s: asset types or conditions; it applies
 *     when any of them holds for the company
 * @param capabilities codes of the {@link Capability}s a provider or an expert needs to deliver it
 * @param selfCheckItem the 自社診断 item that tells whether it is already in place, if any
 */
public record Measure(String code, Bilingual title, Bilingual explanation, String guidelineRef,
    String area, int stage, long oneOffYen, long monthlyYen, CostBasis costBasis,
    String costSource, double internalHours, Set<Deliverer> deliverers, Integer selfCheckItem,
    Set<String> appliesTo, boolean subsidyEligible, Map<String, Double> strengths,
    List<String> prerequisites, String cisIg1, String cyberEssentials, Set<String> capabilities)
    implements Serializable {

  /** How a measure's price scales. */
  public enum CostBasis { COMPANY, DEVICE, EMPLOYEE, SITE }

  /** Who can put a measure in place. */
  public enum Deliverer {
    /** The SME itself, with free material. */
    SELF,
    /** A security expert (consultant, 情報処理安全確保支援士, IT coordinator). */
    EXPERT,
    /** A サイバーセキュリティお助け隊 service. */
    OTASUKETAI
  }

  public Measure {
    deliverers = Set.copyOf(deliverers);
    appliesTo = Set.copyOf(appliesTo);
    strengths = Map.copyOf(strengths);
    prerequisites = List.copyOf(prerequisites);
    capabilities = Set.copyOf(capabilities);
  }

  public double strength(String threat) {
    return strengths.getOrDefault(threat, 0.0);
  }
}
