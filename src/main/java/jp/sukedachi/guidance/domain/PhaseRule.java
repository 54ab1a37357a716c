package jp.sukedachi.guidance.domain;

/**
 * When a chosen measure should be done: by its stage in IPA's guideline (stage 1–2, the five
 * principles, the 自社診断 and the basic policy: now; stage 3, 本格的な取組: within three months;
 * stage 4, 強化: within a year), except that a measure removing a large share of the company's
 * current risk is done now whatever its stage.
 */
public final class PhaseRule {
  /** The last stage that is done now. */
  public static final int NOW_UP_TO_STAGE = 2;
  /** The last stage that is done within three months; later stages within a year. */
  public static final int WITHIN_3_MONTHS_UP_TO_STAGE = 3;
  /** A measure removing at least this share of the current risk is done now. */
  public static final double URGENT_SHARE_OF_RISK = 0.05;

  private PhaseRule() {}

  /**
   * @param removed the risk the measure removes in the plan's order
   * @param riskBefore the company's current risk before the plan
   */
  public static Phase phase(int stage, double removed, double riskBefore) {
    if (riskBefore > 0 && removed >= URGENT_SHARE_OF_RISK * riskBefore) {
      return Phase.NOW;
    }
    if (stage <= NOW_UP_TO_STAGE) {
      return Phase.NOW;
    }
    return stage <= WITHIN_3_MONTHS_UP_TO_STAGE ? Phase.WITHIN_3_MONTHS : Phase.WITHIN_A_YEAR;
  }
}
