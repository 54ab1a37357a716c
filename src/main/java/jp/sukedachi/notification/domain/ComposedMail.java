package jp.sukedachi.notification.domain;

/** A plain-text mail ready for the outbox: a one-line subject and the body. */
public record ComposedMail(String subject, String body) {
  public ComposedMail {
    if (subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw new IllegalArgumentException("A subject is one line");
    }
  }
}
