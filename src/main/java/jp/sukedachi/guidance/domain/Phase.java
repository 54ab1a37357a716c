package jp.sukedachi.guidance.domain;

/** When a plan item should be done. */
public enum Phase {
  NOW,
  WITHIN_3_MONTHS,
  WITHIN_A_YEAR
}
