package jp.sukedachi.directory.domain;

/**
 * A service's status as its provider and the API see it: withdrawn or suspended if so, otherwise
 * the state of its newest revision. Whether a revision is published (shown and matched) is told
 * separately, since a published revision stays visible while a newer one is a draft or under review.
 */
public enum ServiceStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  REJECTED,
  SUSPENDED,
  WITHDRAWN
}
