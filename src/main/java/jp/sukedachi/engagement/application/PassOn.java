package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.platform.ConflictException;

/**
 * What follows a decline or a missed deadline: the slot and hours are free again, the grant to
 * that expert ends, and, when the SME allowed it, the request goes to the best-ranked expert not
 * yet asked in its chain who still has the hours (as hours in the month: the first expert's slot
 * is not the next one's). With nobody left, the SME is told why.
 */
@ApplicationScoped
public class PassOn {
  private static final Logger LOG = Logger.getLogger(PassOn.class.getName());

  @PersistenceContext EntityManager em;
  @Inject EngagementStore store;
  @Inject Engagements engagements;
  @Inject HoursLedger ledger;
  @Inject ConsentService consents;
  @Inject AccountDirectory accounts;
  @Inject ExpertMatches matches;
  @Inject jp.sukedachi.notification.application.Notifier notifier;
  @Inject Clock clock;

  /** Ends a request whose deadline passed, in its own transaction; false when it was answered meanwhile. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean expire(long id) {
    if (store.find(id).respondBy().isAfter(clock.instant())) {
      return false;
    }
    try {
      store.move(id, List.of(EngagementStatus.REQUESTED), EngagementStatus.EXPIRED, null);
    } catch (ConflictException answeredMeanwhile) {
      return false;
    }
    ExpertEngagement e = store.find(id);
    notifier.notify(e.expertAccountId(), "notification.engagementExpiredExpert", List.of(e.hours()),
        EngagementStore.link(EngagementSide.EXPERT, id));
    after(e, "notification.engagementExpired");
    return true;
  }

  /** Requests whose deadline has passed, oldest first (at most {@code limit}). */
  @Transactional
  public List<Long> overdue(int limit) {
    return em.createQuery("select e.id from ExpertEngagement e where e.status = :s and e.respondBy <= :now "
            + "order by e.respondBy, e.id", Long.class)
        .setParameter("s", EngagementStatus.REQUESTED).setParameter("now", clock.instant())
        .setMaxResults(limit).getResultList();
  }

  /** After a decline or expiry of {@code e}, in the caller's transaction. */
  void after(ExpertEngagement e, String toldKey) {
    ledger.release(e.expertId(), e.companyId(), e.month(), e.hours());
    AccountPrincipal sme = accounts.byId(e.smeAccountId()).orElseThrow();
    consents.revoke(sme, e.companyId(), e.consentGrantId());
    if (!e.passOn()) {
      notifier.notify(e.smeAccountId(), toldKey, List.of(), EngagementStore.link(EngagementSide.SME, e.id()));
      return;
    }
    Instant now = clock.instant();
    LocalDate month = laterOf(e.month(), ExpertReference.firstDay(YearMonth.from(ExpertReference.today(clock))));
    List<Long> asked = store.askedInChain(e.chain());
    List<DataPart> parts = consents.grant(sme, e.companyId(), e.consentGrantId()).parts();
    Set<String> codes = store.items(e.id()).stream().map(EngagementView.Item::measureCode)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    for (long expertId : matches.candidates(e.companyId(), YearMonth.from(month), e.hours(), asked, 10)) {
      ExpertEngagement.Request next = new ExpertEngagement.Request(e.companyId(), e.smeAccountId(), expertId, 0,
          null, month, e.hours(), e.description(), true, e.chain(), null, null, e.riskBefore(), e.scoreBefore());
      try {
        ExpertEngagement made = engagements.open(sme, next, parts.stream().map(Enum::name).toList(), codes,
            engagements.respondBy(now, null), now);
        em.createNativeQuery("update engagement set passed_to_id = ?1 where id = ?2")
            .setParameter(1, made.id()).setParameter(2, e.id()).executeUpdate();
        notifier.notify(e.smeAccountId(), toldKey + ".passed", List.of(made.hours()),
            EngagementStore.link(EngagementSide.SME, made.id()));
        return;
      } catch (ConflictException fullMeanwhile) {
        LOG.fine(() -> "Expert " + expertId + " filled up meanwhile; trying the next");
      }
    }
    em.createNativeQuery("update engagement set none_left = true where id = ?1").setParameter(1, e.id()).executeUpdate();
    notifier.notify(e.smeAccountId(), toldKey + ".noneLeft", List.of(), EngagementStore.link(EngagementSide.SME, e.id()));
  }

  private static LocalDate laterOf(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
