package jp.sukedachi.guidance.domain;

/** Where an SME stands on a measure of its plan. */
public enum ProgressStatus {
  PLANNED,
  IN_PROGRESS,
  DONE
}
