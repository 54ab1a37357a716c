package jp.sukedachi.directory.application;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceStatus;
import jp.sukedachi.directory.domain.ServiceTerms;

/**
 * One service as the caller may see it. Its provider and an operator see the newest revision's
 * terms, what the standard says about them, the published revision and the last review's reason;
 * anyone else sees only the published revision of a visible service.
 *
 * @param terms the newest revision's terms (provider, operator) or the published ones (others)
 * @param publishedTerms null while nothing is published
 * @param publishedRevision null while nothing is published
 * @param compliance the rules the newest revision fails; empty for others
 * @param lastReviewReason the reason the operator gave on the newest revision; "" if none
 */
public record ServiceView(long id, long providerId, String providerName, ServiceStatus status, boolean visible,
    int latestRevision, Integer publishedRevision, ServiceTerms terms, ServiceTerms publishedTerms,
    List<ServiceStandard.Violation> compliance, String lastReviewReason, boolean full)
    implements Serializable {
  public ServiceView {
    compliance = List.copyOf(compliance);
  }
}
