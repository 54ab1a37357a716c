package jp.sukedachi.expert.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 情報処理安全確保支援士 registration: its six-digit number (第007398号), its registration date
 * and its renewal deadline. A registration is valid three years from registration or the last
 * renewal (IPA, 登録セキスペ 更新について), so a deadline more than three years after today, or not
 * after the registration date, cannot be right.
 */
public record RissRegistration(String number, LocalDate registeredOn, LocalDate renewalDue) {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{6}");
  /** Years a registration or renewal is valid. */
  public static final int VALID_YEARS = 3;

  /**
   * The six digits of a number as people write it: "007398", "第007398号", "登録番号：007398",
   * full-width digits; empty when it is not six digits.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder();
    String t = typed.strip();
    t = t.replaceFirst("^(登録番号[:：]?\\s*)", "").replaceFirst("^第", "").replaceFirst("号$", "");
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '０' && c <= '９') {
        c = (char) ('0' + (c - '０'));
      }
      digits.append(c);
    }
    String d = digits.toString().strip();
    return DIGITS.matcher(d).matches() ? Optional.of(d) : Optional.empty();
  }

  /** Whether the deadline has passed on this day: the registration has lapsed. */
  public boolean lapsedOn(LocalDate today) {
    return renewalDue.isBefore(today);
  }

  /** The public record an operator checks: IPA's deep link to the registrant. */
  public String publicRecord() {
    return "https://riss.ipa.go.jp/r?r=" + number;
  }
}
