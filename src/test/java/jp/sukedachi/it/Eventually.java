package jp.sukedachi.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something outside the browser (e.g. a mail at the test SMTP server) by polling it. */
final class Eventually {
  /** How long a mail may take: the relay polls every second, a retry waits its backoff. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private Eventually() {}

  /** The value once {@code done} holds for it, polled every 100 ms; fails after {@link #PATIENCE}. */
  static <T> T until(String what, Supplier<T> value, Predicate<T> done) {
    Instant end = Instant.now().plus(PATIENCE);
    T v = value.get();
    while (!done.test(v)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "; last: " + v);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      v = value.get();
    }
    return v;
  }
}
