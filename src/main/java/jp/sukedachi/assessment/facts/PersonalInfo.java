package jp.sukedachi.assessment.facts;

/** Personal-information type of an information asset (IPA 情報資産管理台帳 column ⑦). */
public enum PersonalInfo {
  /** No personal information. */
  NONE,
  /** 個人情報. */
  PERSONAL,
  /** 要配慮個人情報 (health, creed, criminal record...). */
  SENSITIVE,
  /** 特定個人情報 (My Number). */
  MY_NUMBER;

  public String nameKey() {
    return "personalInfo." + name();
  }
}
