package jp.sukedachi.platform;

/** A feature needs something this installation lacks (e.g. a font); not the user's fault. */
public class UnavailableException extends DomainException {
  public UnavailableException(String key, Object... args) {
    super(key, args);
  }
}
