package jp.sukedachi.guidance.domain;

/** When a plan item should be done. */
public enum Phase {
  /** The few things that matter most, no more than an owner can do in a week. */
  THIS_WEEK,
  /** The rest of the first steps, within the month. */
  NOW,
  WITHIN_3_MONTHS,
  WITHIN_A_YEAR
}
