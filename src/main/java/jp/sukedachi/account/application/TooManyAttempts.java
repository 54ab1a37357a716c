package jp.sukedachi.account.application;

import java.time.Duration;
import jp.sukedachi.platform.DomainException;

/** Over a rate limit: try again after {@link #retryAfterSeconds()} (429 with Retry-After on REST). */
public class TooManyAttempts extends DomainException {
  private final long retryAfterSeconds;

  public TooManyAttempts(Duration wait) {
    this(Math.max(1, (wait.toMillis() + 999) / 1000));
  }

  private TooManyAttempts(long seconds) {
    super("error.too-many-attempts", seconds);
    this.retryAfterSeconds = seconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
