package jp.sukedachi.guidance.domain;

import java.util.List;

/**
 * When a chosen measure should be done. By its stage in IPA's guideline (stage 1–2, the five
 * principles, the 自社診断 and the basic policy: this month; stage 3, 本格的な取組: within three
 * months; stage 4, 強化: within a year), except that a legal duty, or a measure removing a large
 * share of the company's current risk for less than the yearly loss it avoids, belongs to this
 * month whatever its stage. Then, in the
 * plan's order, the first of this month's items — at most {@value #THIS_WEEK_MAX_ITEMS}, and no
 * more than {@value #THIS_WEEK_MAX_HOURS} hours of the owner's time — are for this week, and this
 * month holds at most {@value #THIS_MONTH_MAX_ITEMS} more; the rest waits three months.
 */
public final class PhaseRule {
  /** The last stage that is done this month. */
  public static final int NOW_UP_TO_STAGE = 2;
  /** The last stage that is done within three months; later stages within a year. */
  public static final int WITHIN_3_MONTHS_UP_TO_STAGE = 3;
  /** A measure removing at least this share of the current risk is done this month. */
  public static final double URGENT_SHARE_OF_RISK = 0.05;
  /** The most items an owner can act on in a week. */
  public static final int THIS_WEEK_MAX_ITEMS = 5;
  /** The most of the owner's own hours this week's items may take together. */
  public static final double THIS_WEEK_MAX_HOURS = 8;
  /** The most items for the rest of this month. */
  public static final int THIS_MONTH_MAX_ITEMS = 10;

  private PhaseRule() {}

  /**
   * @param removed the expected yearly loss the measure would remove on its own
   * @param riskBefore the company's expected yearly loss before the plan
   * @param firstYearYen what the measure costs in its first year
   */
  public static Phase phase(int stage, boolean legalDuty, double removed, double riskBefore, long firstYearYen) {
    boolean urgent = riskBefore > 0 && removed >= URGENT_SHARE_OF_RISK * riskBefore && removed >= firstYearYen;
    if (legalDuty || urgent) {
      return Phase.NOW;
    }
    if (stage <= NOW_UP_TO_STAGE) {
      return Phase.NOW;
    }
    return stage <= WITHIN_3_MONTHS_UP_TO_STAGE ? Phase.WITHIN_3_MONTHS : Phase.WITHIN_A_YEAR;
  }

  /**
   * Splits this month's items, in the plan's order (prerequisites before what needs them), into
   * this week, this month and, past the month's cap, three months. Each cut takes a prefix of the
   * order, so no item moves ahead of its prerequisites.
   *
   * @param order indices of the chosen items in the plan's order
   * @param phases each item's phase so far; changed in place
   * @param hours each item's hours of the owner's time
   */
  public static void spread(List<Integer> order, Phase[] phases, double[] hours) {
    int week = 0;
    int month = 0;
    double weekHours = 0;
    boolean weekOpen = true;
    for (int i : order) {
      if (phases[i] != Phase.NOW) {
        continue;
      }
      if (weekOpen && week < THIS_WEEK_MAX_ITEMS && (week == 0 || weekHours + hours[i] <= THIS_WEEK_MAX_HOURS)) {
        phases[i] = Phase.THIS_WEEK;
        week++;
        weekHours += hours[i];
      } else {
        weekOpen = false;
        if (month < THIS_MONTH_MAX_ITEMS) {
          month++;
        } else {
          phases[i] = Phase.WITHIN_3_MONTHS;
        }
      }
    }
  }
}
