package jp.sukedachi.platform;

/**
 * A request body that cannot be read as one well-formed value: broken syntax, data after the
 * value, nesting too deep. Answered 400, or 413 when {@link #tooLarge()}.
 */
public class MalformedBodyException extends DomainException {
  private final boolean tooLarge;

  public MalformedBodyException(String key, boolean tooLarge, Object... args) {
    super(key, args);
    this.tooLarge = tooLarge;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
