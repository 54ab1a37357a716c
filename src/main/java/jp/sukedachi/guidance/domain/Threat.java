package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import jp.sukedachi.platform.Bilingual;

/**
 * A threat from IPA's 10大脅威 list with the model's parameters: how often it hits a reference SME
 * (20 staff, every route it uses open at exposure 1, no measures), what one incident costs such a
 * firm, the information property it damages, and the share of its incidents that comes through
 * each attack route.
 *
 * @param yearlyRate incidents per year for the reference SME
 * @param lossYen cost of one incident to the reference SME at importance 2
 * @param lossSource where the rate and loss come from, for the owner to check
 * @param routes attack route code to the share of incidents that come through it (sum 1)
 * @param entryRoute how it usually gets in, for the SME to read
 */
public record Threat(String code, Bilingual name, ImpactAxis axis, double yearlyRate, long lossYen,
    Bilingual lossSource, Map<String, Double> routes, Bilingual entryRoute) implements Serializable {

  /** Which rating of the information assets measures the damage. */
  public enum ImpactAxis { C, I, A }

  public Threat {
    routes = Collections.unmodifiableMap(new TreeMap<>(routes));
  }
}
