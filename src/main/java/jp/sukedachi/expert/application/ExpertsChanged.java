package jp.sukedachi.expert.application;

/**
 * Fired (as a CDI event) when what matching knows of experts changes: a profile, a verification,
 * a slot, or hours held or freed by a request. Observers act after the transaction commits.
 */
public record ExpertsChanged() {
  public static final ExpertsChanged INSTANCE = new ExpertsChanged();
}
