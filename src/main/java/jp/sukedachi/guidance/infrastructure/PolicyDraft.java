package jp.sukedachi.guidance.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.assessment.facts.Signatory;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;

/**
 * A draft 情報セキュリティ基本方針 following the structure of IPA's sample (guideline appendix 2):
 * purpose, then the five commitments — management's responsibility, internal structure,
 * employees' efforts, legal and contractual requirements, handling of violations and incidents —
 * with the company's name, a date and the signatory's title (代表者 for a sole proprietor,
 * 代表取締役 for a 株式会社...) for the owner to complete and publish.
 */
public final class PolicyDraft {
  private static final int SECTIONS = 5;

  private PolicyDraft() {}

  public static String write(String companyName, Signatory signatory, LocalDate date, Locale locale) {
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
        DateTimeFormatter.ISO_LOCAL_DATE.format(date), companyName, Reason.of(signatory.nameKey())));
    lines.add("");
    lines.add(Texts.message(locale, "policy.note"));
    return String.join("\n", lines) + "\n";
  }
}
