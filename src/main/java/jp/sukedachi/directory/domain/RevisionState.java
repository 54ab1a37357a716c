package jp.sukedachi.directory.domain;

/** Where one revision of a service stands. Only a DRAFT's terms may change. */
public enum RevisionState {
  /** Being written by the provider. */
  DRAFT,
  /** Waiting for an operator's review; its terms are frozen. */
  SUBMITTED,
  /** Approved and the one shown and matched (at most one per service). */
  PUBLISHED,
  /** Not approved; the operator's reason is kept. */
  REJECTED,
  /** Was published until a later revision was approved. */
  SUPERSEDED
}
