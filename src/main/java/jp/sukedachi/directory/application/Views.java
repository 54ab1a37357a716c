package jp.sukedachi.directory.application;

import java.util.List;
import jp.sukedachi.directory.domain.ListedService;
import jp.sukedachi.directory.domain.Provider;
import jp.sukedachi.directory.domain.ServiceRevision;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceStatus;
import jp.sukedachi.directory.domain.ServiceTerms;

/** Turns a service into what its provider or an operator sees, or what anyone else sees. */
final class Views {
  private Views() {}

  static ServiceView full(ListedService s, Provider p) {
    ServiceRevision latest = s.latest();
    ServiceTerms published = s.published().map(ServiceRevision::terms).orElse(null);
    return new ServiceView(s.id(), p.id(), p.name(), s.status(), s.isVisible(), latest.number(),
        s.published().map(ServiceRevision::number).orElse(null), latest.terms(), published,
        ServiceStandard.check(latest.terms()), latest.reviewReason(), true);
  }

  /** Only the published revision, and nothing about drafts or reviews. */
  static ServiceView published(ListedService s, Provider p) {
    ServiceRevision r = s.published().orElseThrow();
    return new ServiceView(s.id(), p.id(), p.name(), ServiceStatus.PUBLISHED, true, r.number(), r.number(),
        r.terms(), r.terms(), List.of(), "", false);
  }

  static ServiceSummary summary(ListedService s, Provider p) {
    ServiceRevision latest = s.latest();
    return new ServiceSummary(s.id(), p.name(), latest.name(), latest.serviceClass(), latest.monitoringType(),
        s.status(), s.isVisible(), latest.number(), s.published().map(ServiceRevision::number).orElse(null),
        latest.reviewReason(), s.updatedAt());
  }
}
