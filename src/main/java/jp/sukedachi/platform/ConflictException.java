package jp.sukedachi.platform;

/** The request is valid but clashes with what already exists (e.g. an e-mail in use). */
public class ConflictException extends DomainException {
  public ConflictException(String key, Object... args) {
    super(key, args);
  }
}
