package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import jp.sukedachi.platform.Bilingual;

/**
 * A way threats get into a company (VPN and remote desktop, stolen passwords, e-mail...). It
 * exists for a company only when the company's facts open it: its exposure is the base plus the
 * weights of the factors the company has, at most {@link #MAX_EXPOSURE}.
 *
 * @param exposure factor (asset type, condition or declared signal) to the weight it adds
 */
public record AttackRoute(String code, Bilingual name, Bilingual description, double baseExposure,
    Map<String, Double> exposure) implements Serializable {
  public static final double MAX_EXPOSURE = 5.0;

  public AttackRoute {
    // Sorted, so the sum adds its weights in the same order on every JVM.
    exposure = Collections.unmodifiableMap(new TreeMap<>(exposure));
  }

  /** How open the route is for this company: 0 (closed) to {@link #MAX_EXPOSURE}; 1 is the average SME. */
  public double exposureOf(Situation s) {
    double e = baseExposure;
    for (var f : exposure.entrySet()) {
      if (s.has(f.getKey())) {
        e += f.getValue();
      }
    }
    return Math.min(MAX_EXPOSURE, e);
  }
}
