package jp.sukedachi.assessment.facts;

/** An answer to one 自社診断 item and its points on IPA's sheet. */
public enum Answer {
  /** 実施している. */
  IMPLEMENTED(4),
  /** 一部実施している. */
  PARTIAL(2),
  /** 実施していない. */
  NOT_IMPLEMENTED(0),
  /** わからない. */
  UNKNOWN(-1);

  private final int points;

  Answer(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
