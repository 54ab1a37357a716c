package jp.sukedachi.platform;

import java.util.regex.Pattern;

/**
 * Reads optional numeric and boolean query parameters, so a typo answers 400 with the field's
 * name instead of JAX-RS's 404 for unconvertible parameters.
 */
public final class QueryParams {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,4})?");

  private QueryParams() {}

  public static Long longOrNull(String name, String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "error.not-a-number");
    }
  }

  public static Double doubleOrNull(String name, String value) {
    if (value != null && !value.isBlank() && !DECIMAL.matcher(value.strip()).matches()) {
      // Double.valueOf would also read 1f, 1d, 0x1p3 and Infinity
      throw InvalidInputException.of(name, "error.not-a-number");
    }
    try {
      Double d = value == null || value.isBlank() ? null : Double.valueOf(value.strip());
      if (d != null && (d.isNaN() || d.isInfinite())) {
        throw InvalidInputException.of(name, "error.not-a-number");
      }
      return d;
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "error.not-a-number");
    }
  }

  public static Boolean booleanOrNull(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidInputException.of(name, "error.not-a-boolean");
    };
  }
}
