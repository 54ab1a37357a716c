package jp.sukedachi.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: after the first failed attempt wait the
 * first delay, after the second the second, and so on; when the delays are used up the mail has
 * failed for good. The standard schedule tries 7 times over about a day and a half.
 */
public record RetryPolicy(List<Duration> delays) {
  /** 1 min, 5 min, 30 min, 2 h, 6 h, 24 h: seven attempts in all. */
  public static final RetryPolicy STANDARD = new RetryPolicy(List.of(Duration.ofMinutes(1),
      Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6),
      Duration.ofHours(24)));

  public RetryPolicy {
    delays = List.copyOf(delays);
    if (delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("Retry delays must be positive: " + delays);
    }
  }

  /**
   * Reads a comma-separated list of ISO-8601 durations, e.g. {@code PT1M,PT5M,PT30M}; an empty
   * list means a mail is tried once.
   */
  public static RetryPolicy parse(String text) {
    List<Duration> delays = new ArrayList<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        delays.add(Duration.parse(part.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not an ISO-8601 duration: " + part.strip(), e);
      }
    }
    return new RetryPolicy(delays);
  }

  /** How many attempts a mail gets before it has failed for good. */
  public int maxAttempts() {
    return delays.size() + 1;
  }

  /**
   * When to try again after the given number of failed attempts (1 after the first failure), or
   * empty when no attempt is left.
   */
  public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("No attempt has failed yet");
    }
    return failedAttempts > delays.size() ? Optional.empty()
        : Optional.of(now.plus(delays.get(failedAttempts - 1)));
  }
}
