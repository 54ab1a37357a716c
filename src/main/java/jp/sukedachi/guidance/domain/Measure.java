package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * A measure from the catalogue: what it costs, who can deliver it, what it applies to, which
 * deliverable capabilities it needs, how much of each attack route it closes and how much of a
 * threat's damage it avoids when the threat gets through (both 0–1).
 *
 * @param deliverers who can put it in place
 * @param appliesTo codes of {@link ApplicabilityFactor}s: asset types or conditions; it applies
 *     when any of them holds for the company
 * @param capabilities codes of the {@link Capability}s a provider or an expert needs to deliver it
 * @param selfCheckItem the 自社診断 item that tells whether it is already in place, if any
 * @param routeStrengths attack route code to the share of that route it closes
 * @param damageReductions threat code to the share of the damage it avoids (backups, BCP,
 *     insurance); a key "THREAT@ROUTE" limits it to incidents through that route (an export of the
 *     shop's data helps when the shop account is taken over, not when the PC is encrypted)
 * @param alternativeGroup measures of one group are ways to do the same thing: at most one is
 *     chosen; null when it has no alternative
 * @param legalDutyWhen the factor that makes it a legal duty (sensitive data, card payments...);
 *     null when the law never requires it
 */
public record Measure(String code, Bilingual title, Bilingual explanation, String guidelineRef,
    String area, int stage, long oneOffYen, long monthlyYen, CostBasis costBasis,
    String costSource, double internalHours, Set<Deliverer> deliverers, Integer selfCheckItem,
    Set<String> appliesTo, boolean subsidyEligible, Map<String, Double> routeStrengths,
    Map<String, Double> damageReductions, List<String> prerequisites, String cisIg1,
    String cyberEssentials, Set<String> capabilities, String alternativeGroup, String legalDutyWhen)
    implements Serializable {

  /** How a measure's price scales. */
  public enum CostBasis { COMPANY, DEVICE, EMPLOYEE, SITE, UNSUPPORTED_DEVICE }

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
    routeStrengths = Map.copyOf(routeStrengths);
    damageReductions = Map.copyOf(damageReductions);
    prerequisites = List.copyOf(prerequisites);
    capabilities = Set.copyOf(capabilities);
  }

  /** Whether the law requires it of this company. */
  public boolean legalDutyFor(Situation s) {
    return legalDutyWhen != null && s.has(legalDutyWhen);
  }

  /** How much of the risk on one threat's route this measure removes: closed or, if it gets through, less damage. */
  public double strength(String threat, String route) {
    double closes = routeStrengths.getOrDefault(route, 0.0);
    double avoids = damageReductions.getOrDefault(threat, 0.0);
    double avoidsOnRoute = damageReductions.isEmpty() ? 0 : damageReductions.getOrDefault(threat + "@" + route, 0.0);
    return 1 - (1 - closes) * (1 - avoids) * (1 - avoidsOnRoute);
  }
}
