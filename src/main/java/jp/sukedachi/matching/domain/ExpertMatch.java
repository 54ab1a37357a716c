package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * One ranked expert for an SME.
 *
 * @param score the ranking score, 0–100 (see {@link ExpertMatcher})
 * @param riskCoveredYen the yearly risk of the SME's items this expert covers and can reach
 * @param coveredMeasureCodes those items' measure codes, highest risk first
 * @param remoteOnly the expert helps this SME remotely only (cannot come on site to its
 *     prefecture)
 * @param reasons why, in words an SME owner understands
 */
public record ExpertMatch(ExpertCard expert, double score, double riskCoveredYen,
    List<String> coveredMeasureCodes, boolean remoteOnly, List<Reason> reasons) implements Serializable {
  public ExpertMatch {
    coveredMeasureCodes = List.copyOf(coveredMeasureCodes);
    reasons = List.copyOf(reasons);
  }
}
