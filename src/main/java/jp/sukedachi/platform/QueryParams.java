package jp.sukedachi.platform;

/**
 * Reads optional numeric and boolean query parameters, so a typo answers 400 with the field's
 * name instead of JAX-RS's 404 for unconvertible parameters.
 */
public final class QueryParams {
  private QueryParams() {}

  public static Long longOrNull(String name, String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, "error.not-a-number");
    }
  }

  public static Double doubleOrNull(String name, String value) {
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
