package jp.sukedachi.platform;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends DomainException {
  public NotFoundException(String key, Object... args) {
    super(key, args);
  }
}
