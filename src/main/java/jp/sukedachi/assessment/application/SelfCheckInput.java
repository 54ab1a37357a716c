package jp.sukedachi.assessment.application;

import java.util.List;

/** The 25 answers as sent: item number 1–25 and one of IMPLEMENTED, PARTIAL, NOT_IMPLEMENTED, UNKNOWN. */
public record SelfCheckInput(List<ItemAnswer> answers) {
  /** One answer. */
  public record ItemAnswer(Integer item, String answer) {}
}
