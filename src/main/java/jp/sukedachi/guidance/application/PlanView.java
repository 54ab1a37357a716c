package jp.sukedachi.guidance.application;

import java.io.Serializable;
import java.util.Map;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.ProgressStatus;

/** A plan with the SME's progress on its items (by measure code). */
public record PlanView(long companyId, String companyName, Plan plan, Map<String, ProgressStatus> progress)
    implements Serializable {

  public PlanView {
    progress = Map.copyOf(progress);
  }
}
