package jp.sukedachi.directory.domain;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The 13-digit 法人番号 (corporate number): a check digit followed by the 12-digit base number.
 * The check digit is {@code 9 − (Σ Pₙ·Qₙ mod 9)} over n = 1..12, where Pₙ is the n-th digit of the
 * base number counted from the right and Qₙ is 1 for odd n and 2 for even n (法人番号の指定等に
 * 関する省令 Art. 2; the National Tax Agency's explainer). The sum is taken first, then mod 9,
 * so the check digit is 1–9 and never 0.
 */
public final class CorporateNumber {
  private CorporateNumber() {}

  /** The check digit of a 12-digit base number. */
  public static int checkDigit(String base) {
    if (base == null || !base.matches("\\d{12}")) {
      throw new IllegalArgumentException("A base number has 12 digits");
    }
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      int digit = base.charAt(12 - n) - '0';
      sum += digit * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /** The full number for a base number: its check digit in front. */
  public static String withCheckDigit(String base) {
    return checkDigit(base) + base;
  }

  /**
   * The number as stored (13 ASCII digits) if the text is a valid 法人番号; full-width digits,
   * spaces and hyphens as people type them are accepted.
   */
  public static Optional<String> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐－ー]", "");
    if (!digits.matches("\\d{13}") || digits.charAt(0) - '0' != checkDigit(digits.substring(1))) {
      return Optional.empty();
    }
    return Optional.of(digits);
  }

  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }
}
