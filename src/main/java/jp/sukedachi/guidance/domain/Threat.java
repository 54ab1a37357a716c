package jp.sukedachi.guidance.domain;

import java.util.Map;
import jp.sukedachi.platform.Bilingual;

/**
 * A threat from IPA's 10大脅威 list with the model's parameters: a baseline likelihood (1–3),
 * the information property it damages, and what raises its likelihood for a company.
 *
 * @param baseExposure exposure when none of the factors applies (0–1)
 * @param exposure factor (asset type or condition) to the weight it adds
 * @param entryRoute how it usually gets in, for the SME to read
 */
public record Threat(String code, Bilingual name, double baselineLikelihood, ImpactAxis axis,
    double baseExposure, Map<String, Double> exposure, Bilingual entryRoute) {

  /** Which rating of the information assets measures the damage. */
  public enum ImpactAxis { C, I, A }

  public Threat {
    // Sorted, so the exposure sum adds its weights in the same order on every JVM (Map.copyOf's
    // order varies between JVMs, and floating-point sums with it).
    exposure = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(exposure));
  }
}
