package jp.sukedachi.notification.domain;

/** Where an outbox mail stands. */
public enum MailStatus {
  /** Not sent yet: waiting for its next attempt (or for an SMTP server to be configured). */
  PENDING,
  /** Handed to the SMTP server. */
  SENT,
  /** Given up: refused for good, or every attempt of the retry policy failed. */
  FAILED
}
