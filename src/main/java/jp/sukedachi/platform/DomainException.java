package jp.sukedachi.platform;

/**
 * Base of the few unchecked exceptions the domain throws. Each carries a message key into the
 * {@code messages} bundle and its arguments; each channel maps a subclass once.
 */
public abstract class DomainException extends RuntimeException {
  private final transient Object[] args;
  private final String key;

  protected DomainException(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }
}
