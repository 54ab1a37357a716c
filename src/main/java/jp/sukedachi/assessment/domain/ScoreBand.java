package jp.sukedachi.assessment.domain;

/** IPA's bands of the 自社診断 total, each with its advice (message key {@code band.NAME.advice}). */
public enum ScoreBand {
  /** 100: entry-level measures achieved. */
  COMPLETE,
  /** 70–99: mostly done, some gaps. */
  MOSTLY,
  /** 50–69: gaps are conspicuous. */
  GAPS,
  /** 49 or less: an incident could happen any time. */
  AT_RISK;

  public static ScoreBand of(int score) {
    if (score >= 100) {
      return COMPLETE;
    } else if (score >= 70) {
      return MOSTLY;
    } else if (score >= 50) {
      return GAPS;
    }
    return AT_RISK;
  }
}
