package jp.sukedachi.assessment.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.assessment.facts.BusinessSignal;

/**
 * The facts an SME states about itself; validated before it reaches the domain.
 *
 * @param signals how the company works (AI use, card payments, guest Wi-Fi...), as declared
 */
public record CompanyProfile(
    String name,
    LegalForm legalForm,
    Industry industry,
    long capitalYen,
    int employees,
    String prefecture,
    int sites,
    long monthlyBudgetYen,
    long oneOffBudgetYen,
    Set<BusinessSignal> signals) implements Serializable {

  public CompanyProfile {
    signals = signals == null || signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }

  /** The signals in their declared order (the enum's), for lists shown to people. */
  public List<BusinessSignal> signalsInOrder() {
    return signals.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(signals));
  }
}
