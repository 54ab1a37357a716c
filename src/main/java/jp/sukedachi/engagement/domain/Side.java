package jp.sukedachi.engagement.domain;

/** Which side of an inquiry an account is on. */
public enum Side {
  /** The company that asked. */
  SME,
  /** The provider that was asked. */
  PROVIDER
}
