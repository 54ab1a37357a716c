package jp.sukedachi.engagement.domain;

/**
 * Where an SME's request for an expert's hours stands. A request holds its slot and hours from
 * REQUESTED until it is DECLINED, EXPIRED or CANCELLED; after the work the expert REPORTS and the
 * SME RATES.
 */
public enum EngagementStatus {
  /** Sent; the expert accepts or declines before the deadline. */
  REQUESTED,
  /** The expert agreed; the work happens in the slot or in the month. */
  ACCEPTED,
  /** The expert said no; passed to the next match when the SME allowed it. */
  DECLINED,
  /** The deadline passed without an answer; passed on like a decline. */
  EXPIRED,
  /** The SME withdrew before the work. */
  CANCELLED,
  /** The expert filed the report of the work. */
  REPORTED,
  /** The SME rated the work: the engagement is complete. */
  RATED;

  /** Whether it still holds its slot and hours. */
  public boolean live() {
    return this != DECLINED && this != EXPIRED && this != CANCELLED;
  }

  /** The message key of its name, for pages and notifications. */
  public String nameKey() {
    return "engagement.status." + name();
  }
}
