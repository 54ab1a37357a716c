package jp.sukedachi.assessment.facts;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The title of the person who signs for a company, e.g. under its basic security policy. A sole
 * proprietor signs as 代表者. A 法人's title follows its legal form, which Japanese law makes part
 * of its name (会社法 第6条 for companies, the law of each kind of 法人 for the others), so the
 * name tells it; a 法人 whose name does not is taken to be a 株式会社, by far the most common.
 */
public enum Signatory {
  /** 代表取締役: 株式会社 and 特例有限会社. */
  REPRESENTATIVE_DIRECTOR,
  /** 代表社員: 合同会社, 合名会社, 合資会社. */
  REPRESENTATIVE_PARTNER,
  /** 代表理事: 一般・公益社団法人, 一般・公益財団法人, 協同組合. */
  REPRESENTATIVE_BOARD_MEMBER,
  /** 理事長: 医療法人, 社会福祉法人, 学校法人, 特定非営利活動法人 (NPO法人). */
  CHAIRPERSON,
  /** 代表者: a sole proprietor (個人事業主). */
  OWNER;

  /** Words of each form as they appear in a name, in full and abbreviated (㈱ reads as (株)). */
  private static final List<Map.Entry<Signatory, List<String>>> FORMS = List.of(
      Map.entry(REPRESENTATIVE_DIRECTOR, List.of("株式会社", "有限会社", "(株)", "(有)")),
      Map.entry(REPRESENTATIVE_PARTNER, List.of("合同会社", "合名会社", "合資会社", "(同)", "(名)", "(資)")),
      Map.entry(CHAIRPERSON, List.of("医療法人", "社会福祉法人", "学校法人", "特定非営利活動法人",
          "npo法人", "(医)", "(福)", "(学)", "(特非)")),
      Map.entry(REPRESENTATIVE_BOARD_MEMBER, List.of("社団法人", "財団法人", "協同組合", "(一社)",
          "(一財)", "(公社)", "(公財)", "(協)")));

  public static Signatory of(boolean soleProprietor, String companyName) {
    if (soleProprietor) {
      return OWNER;
    }
    String name = Normalizer.normalize(companyName == null ? "" : companyName, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    return FORMS.stream().filter(f -> f.getValue().stream().anyMatch(name::contains))
        .map(Map.Entry::getKey).findFirst().orElse(REPRESENTATIVE_DIRECTOR);
  }

  public String nameKey() {
    return "signatory." + name();
  }
}
