package jp.sukedachi.platform;

/** The caller is known but their role may not do this. */
public class ForbiddenException extends DomainException {
  public ForbiddenException(String key, Object... args) {
    super(key, args);
  }
}
