package jp.sukedachi.directory.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.directory.domain.TermsChange;

/**
 * A revision waiting for an operator: who submitted what, and what changed against the published
 * revision (everything stated, when nothing is published yet).
 *
 * @param compliance the rules it fails now (normally none: it met them when submitted)
 */
public record ReviewItem(long serviceId, int revision, long providerId, String providerName,
    String corporateNumber, ServiceTerms terms, Instant submittedAt, boolean firstPublication,
    List<TermsChange> changes, List<ServiceStandard.Violation> compliance) implements Serializable {
  public ReviewItem {
    changes = List.copyOf(changes);
    compliance = List.copyOf(compliance);
  }
}
