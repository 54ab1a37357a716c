package jp.sukedachi.directory.domain;

/** Whether a service's published revision may be shown: the operator can suspend it, the provider withdraw it. */
public enum Availability {
  ACTIVE,
  /** Hidden by an operator until reinstated. */
  SUSPENDED,
  /** Ended by the provider for good; kept for its history. */
  WITHDRAWN
}
