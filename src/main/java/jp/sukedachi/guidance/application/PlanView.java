package jp.sukedachi.guidance.application;

import java.io.Serializable;
import java.util.Map;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.guidance.domain.SecurityActionReadiness;

/**
 * A plan with the SME's progress on its items (by measure code) and its SECURITY ACTION readiness.
 *
 * @param stored the stored version this plan is, when the owner adopted it; null for a plan shown
 *     to someone else (a consent recipient, an operator)
 */
public record PlanView(long companyId, String companyName, Plan plan, Map<String, ProgressStatus> progress,
    SecurityActionReadiness readiness, PlanStore.Version stored) implements Serializable {

  public PlanView {
    progress = Map.copyOf(progress);
  }
}
