package jp.sukedachi.assessment.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.platform.Reason;

/** Whether a firm is an SME (中小企業者) and a small enterprise (小規模企業者), and why. */
public record SizeClass(boolean sme, boolean smallEnterprise, List<Reason> basis)
    implements Serializable {
  public SizeClass {
    basis = List.copyOf(basis);
  }
}
