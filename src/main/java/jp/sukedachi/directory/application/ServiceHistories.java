package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.directory.domain.ListedService;
import jp.sukedachi.directory.domain.ServiceEvent;

/** Tells a service's history with the names of the people who acted. */
@ApplicationScoped
class ServiceHistories {
  @Inject AccountDirectory accounts;

  ServiceHistory of(ListedService s) {
    Map<Long, Optional<AccountPrincipal>> actors = new HashMap<>();
    var revisions = s.revisions().stream()
        .map(r -> new ServiceHistory.Revision(r.number(), r.state(), r.name(), r.createdAt(),
            r.submittedAt().orElse(null), r.reviewedAt().orElse(null), r.reviewReason()))
        .toList();
    var events = s.events().stream().map((ServiceEvent e) -> {
      Optional<AccountPrincipal> who = actors.computeIfAbsent(e.actorAccountId(), accounts::byId);
      return new ServiceHistory.Event(e.at(), e.kind(), e.revisionNumber(),
          who.map(AccountPrincipal::displayName).orElse(""), who.map(a -> a.role().name()).orElse(""), e.reason());
    }).toList();
    return new ServiceHistory(s.id(), s.latest().name(), revisions, events);
  }

}
