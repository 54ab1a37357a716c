package jp.sukedachi.assessment.domain;

/** 法人 or 個人事業主. A sole proprietor has no capital, so only staff counts for its size. */
public enum LegalForm {
  CORPORATION,
  SOLE_PROPRIETOR
}
