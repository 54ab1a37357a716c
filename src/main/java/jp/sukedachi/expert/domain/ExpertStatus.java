package jp.sukedachi.expert.domain;

/** Where an expert's registration stands with the operator. Only VERIFIED experts are matched. */
public enum ExpertStatus {
  /** New, or changed its registration details: waits for an operator. */
  PENDING,
  /** An operator checked the registration against the public RISS record. */
  VERIFIED,
  /** An operator could not confirm it; the reason is shown to the expert. */
  REJECTED
}
