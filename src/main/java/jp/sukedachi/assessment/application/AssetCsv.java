package jp.sukedachi.assessment.application;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.platform.Texts;

/**
 * Turns CSV rows into asset inputs. Codes, Japanese and English names are all accepted for
 * types; yes/no in either language for flags. A value it cannot read is passed on as null or as
 * the raw text, so validation reports it against its line. The hosting column (提供形態 /
 * hosting: サービス or 自社, SERVICE or SELF, true or false) is optional, so files written before
 * it existed still import; a value in it that says neither is reported by {@link #unreadable}.
 */
final class AssetCsv {
  static final Map<String, String> IT_HEADERS = aliases(Map.of(
      "type", List.of("type", "種別", "種類", "機器種別", "資産種別"),
      "label", List.of("label", "name", "名称", "名前", "機器名"),
      "count", List.of("count", "台数", "数量", "数"),
      "internetFacing", List.of("internetfacing", "internet", "インターネット公開", "外部公開", "インターネット接続"),
      "vendorSupported", List.of("vendorsupported", "supported", "サポート中", "サポート", "メーカーサポート"),
      "hosted", List.of("hosted", "hosting", "提供形態", "運用", "運用形態", "誰が動かしているか")));
  static final List<String> IT_REQUIRED = List.of("type", "count", "internetFacing", "vendorSupported");

  static final Map<String, String> INFO_HEADERS = aliases(Map.of(
      "name", List.of("name", "情報資産名称", "情報資産名", "名称"),
      "businessArea", List.of("businessarea", "業務分類", "業務"),
      "storageMedia", List.of("storagemedia", "媒体保存先", "保存先", "媒体"),
      "personalInfo", List.of("personalinfo", "個人情報の種類", "個人情報"),
      "confidentiality", List.of("confidentiality", "c", "機密性"),
      "integrity", List.of("integrity", "i", "完全性"),
      "availability", List.of("availability", "a", "可用性")));
  static final List<String> INFO_REQUIRED = List.copyOf(INFO_HEADERS.values().stream().distinct().toList());

  private static final Map<String, String> TYPES = Map.copyOf(names(ItAssetType.values(), ItAssetType::nameKey));
  private static final Map<String, String> PERSONAL = personalNames();

  private static final Pattern WHOLE = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)");

  private AssetCsv() {}

  static ItAssetInput itAsset(CsvTable.Row row) {
    return new ItAssetInput(code(TYPES, row.get("type")), emptyToNull(row.get("label")),
        integer(row.get("count")), flag(row.get("internetFacing")), flag(row.get("vendorSupported")),
        hosted(row.get("hosted")));
  }

  /** Fields of an IT-asset row whose optional cell holds text that means nothing here. */
  static List<String> unreadable(CsvTable.Row row) {
    List<String> fields = new java.util.ArrayList<>();
    String count = row.get("count");
    if (!count.isBlank() && integer(count) == null) {
      fields.add("count");
    }
    String hosting = row.get("hosted");
    if (!hosting.isBlank() && hosted(hosting) == null) {
      fields.add("hosted");
    }
    return fields;
  }

  /** Who runs it: a provider (true), the company (false), or not said (null). */
  static Boolean hosted(String text) {
    return switch (CsvTable.normalise(text)) {
      case "service", "hosted", "provider", "saas", "cloud", "サービス", "サービス会社", "サービス会社が提供",
          "クラウド", "外部サービス" -> true;
      case "self", "selfrun", "selfhosted", "onpremises", "onpremise", "onprem", "自社", "自社運用",
          "自社管理", "自前", "オンプレ", "オンプレミス" -> false;
      default -> flag(text);
    };
  }

  static InformationAssetInput informationAsset(CsvTable.Row row) {
    return new InformationAssetInput(row.get("name"), row.get("businessArea"),
        row.get("storageMedia"), code(PERSONAL, row.get("personalInfo")),
        integer(row.get("confidentiality")), integer(row.get("integrity")),
        integer(row.get("availability")));
  }

  static Boolean flag(String text) {
    return switch (CsvTable.normalise(text)) {
      case "true", "yes", "y", "1", "はい", "○", "◯", "有", "あり", "〇" -> true;
      case "false", "no", "n", "0", "いいえ", "×", "無", "なし", "-" -> false;
      default -> null;
    };
  }

  /**
   * A whole number as people write it: digits (full-width too), optionally grouped by commas in
   * threes (1,000), with a minus sign for a negative one that validation then refuses. Anything
   * else (1_0, 1.5, 1e3, 七) is unreadable, never read as some other number by dropping characters.
   */
  static Integer integer(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (!WHOLE.matcher(t).matches()) {
      return null;
    }
    try {
      return Integer.valueOf(t.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Fields of an information-asset row whose number cell holds text that is not a number. */
  static List<String> unreadableInformation(CsvTable.Row row) {
    return List.of("confidentiality", "integrity", "availability").stream()
        .filter(f -> !row.get(f).isBlank() && integer(row.get(f)) == null).toList();
  }

  private static String code(Map<String, String> names, String text) {
    String found = names.get(CsvTable.normalise(text));
    return found != null ? found : text.isBlank() ? null : text;
  }

  private static String emptyToNull(String s) {
    return s.isBlank() ? null : s;
  }

  private static Map<String, String> aliases(Map<String, List<String>> byField) {
    Map<String, String> m = new HashMap<>();
    byField.forEach((field, names) -> names.forEach(n -> m.put(CsvTable.normalise(n), field)));
    return Map.copyOf(m);
  }

  /** Code, Japanese and English name of each constant, normalised, to the code. */
  private static <E extends Enum<E>> Map<String, String> names(E[] values, Function<E, String> nameKey) {
    Map<String, String> m = new HashMap<>();
    for (E e : values) {
      m.put(CsvTable.normalise(e.name()), e.name());
      for (Locale l : List.of(Texts.JAPANESE, Locale.ENGLISH)) {
        m.put(CsvTable.normalise(Texts.message(l, nameKey.apply(e))), e.name());
      }
    }
    return m;
  }

  private static Map<String, String> personalNames() {
    Map<String, String> m = names(PersonalInfo.values(), PersonalInfo::nameKey);
    m.put(CsvTable.normalise("マイナンバー"), PersonalInfo.MY_NUMBER.name());
    m.put(CsvTable.normalise("無し"), PersonalInfo.NONE.name());
    m.put(CsvTable.normalise("なし"), PersonalInfo.NONE.name());
    return Map.copyOf(m);
  }
}
