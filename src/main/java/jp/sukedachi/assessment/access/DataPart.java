package jp.sukedachi.assessment.access;

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

  public String nameKey() {
    return "dataPart." + name();
  }
}
