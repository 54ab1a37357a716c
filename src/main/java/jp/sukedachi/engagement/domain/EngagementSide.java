package jp.sukedachi.engagement.domain;

/** Which side of an expert engagement an account is on. */
public enum EngagementSide {
  /** The company that asked for the hours. */
  SME,
  /** The expert who was asked. */
  EXPERT
}
