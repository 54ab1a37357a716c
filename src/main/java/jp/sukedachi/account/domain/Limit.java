package jp.sukedachi.account.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * A rate limit: at most {@code capacity} actions, given back evenly over {@code period} (a
 * token bucket that refills greedily). Written {@code capacity/period}, e.g. {@code 30/PT1M}.
 */
public record Limit(int capacity, Duration period) {
  public Limit {
    if (capacity < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A limit needs a positive capacity and period");
    }
  }

  /** Reads {@code 30/PT1M}; a configuration error names the property. */
  public static Limit parse(String property, String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
    try {
      if (parts.length == 2) {
        return new Limit(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      // reported below
    }
    throw new IllegalArgumentException(property + " must look like 30/PT1M (how many per ISO-8601 period), not " + text);
  }
}
