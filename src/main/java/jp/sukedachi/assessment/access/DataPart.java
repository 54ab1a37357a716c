package jp.sukedachi.assessment.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.platform.FieldError;

/** The parts of a company's data that an owner can share, one by one. */
public enum DataPart {
  /** Name, industry, size class, prefecture, staff and sites. */
  PROFILE,
  /** How many devices and services of each type, and which are exposed or unsupported. */
  ASSET_COUNTS,
  /** The 情報資産管理台帳 rows with their ratings. */
  INFORMATION_ASSETS,
  /** The latest 自社診断 score, band and answers. */
  SELF_CHECK,
  /** The budget-optimal plan and progress on it. */
  PLAN;

  /**
   * The parts named, in order; each unknown name and an empty list become field errors
   * ({@code parts[i]}, {@code parts}) added to {@code errors}.
   */
  public static Set<DataPart> parse(List<String> names, List<FieldError> errors) {
    Set<DataPart> parts = EnumSet.noneOf(DataPart.class);
    List<String> given = names == null ? List.of() : names;
    for (int i = 0; i < given.size(); i++) {
      String name = given.get(i);
      DataPart part = Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst().orElse(null);
      if (part == null) {
        errors.add(FieldError.of("parts[" + i + "]", "consent.part.unknown", String.valueOf(name)));
      } else {
        parts.add(part);
      }
    }
    if (given.isEmpty()) {
      errors.add(FieldError.of("parts", "consent.parts.required"));
    }
    return parts;
  }

  public String nameKey() {
    return "dataPart." + name();
  }
}
