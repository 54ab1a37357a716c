package jp.sukedachi.guidance.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.platform.Texts;

/**
 * A draft 情報セキュリティ基本方針 following the structure of IPA's sample (guideline appendix 2):
 * purpose, then the five commitments — management's responsibility, internal structure,
 * employees' efforts, legal and contractual requirements, handling of violations and incidents —
 * with the company's name and a date for the owner to complete and publish.
 */
public final class PolicyDraft {
  private static final int SECTIONS = 5;

  private PolicyDraft() {}

  public static String write(String companyName, LocalDate date, Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(Texts.message(locale, "policy.title"));
    lines.add("");
    lines.add(Texts.message(locale, "policy.preamble", companyName));
    for (int i = 1; i <= SECTIONS; i++) {
      lines.add("");
      lines.add(Texts.message(locale, "policy.section" + i + ".title", i));
      lines.add(Texts.message(locale, "policy.section" + i + ".text", companyName));
    }
    lines.add("");
    lines.add(Texts.message(locale, "policy.footer",
        DateTimeFormatter.ISO_LOCAL_DATE.format(date), companyName));
    lines.add("");
    lines.add(Texts.message(locale, "policy.note"));
    return String.join("\n", lines) + "\n";
  }
}
