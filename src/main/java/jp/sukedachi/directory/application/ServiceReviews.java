package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.directory.domain.Availability;
import jp.sukedachi.directory.domain.ListedService;
import jp.sukedachi.directory.domain.Provider;
import jp.sukedachi.directory.domain.RevisionState;
import jp.sukedachi.directory.domain.ServiceRevision;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.TermsChange;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ForbiddenException;
import jp.sukedachi.platform.Inputs;

/**
 * Operators verify submitted revisions (checking the IPA registration) and approve or reject
 * them with a reason; they suspend and reinstate published services. Two operators deciding on
 * the same revision at once: one wins, the other is told it changed meanwhile (409).
 */
@ApplicationScoped
public class ServiceReviews {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;
  @Inject ServiceListings listings;
  @Inject Notifier notifier;

  /** Revisions waiting for review, the longest waiting first. */
  @Transactional
  public List<ReviewItem> queue(AccountPrincipal actor) {
    requireOperator(actor);
    return withRevisionIn(RevisionState.SUBMITTED).stream().map(this::item).toList();
  }

  /** Services with a published revision, shown or suspended, for suspending and reinstating. */
  @Transactional
  public List<ServiceSummary> published(AccountPrincipal actor) {
    requireOperator(actor);
    return withRevisionIn(RevisionState.PUBLISHED).stream()
        .map(s -> Views.summary(s, em.find(Provider.class, s.providerId()))).toList();
  }

  @Transactional
  public ServiceView review(AccountPrincipal actor, long id, ReviewInput input) {
    requireOperator(actor);
    ReviewInput decision = inputs.check(input == null ? new ReviewInput(null, null) : input);
    ListedService s = listings.find(id);
    String name = s.latest().name();
    if (decision.approves()) {
      s.approve(actor.id(), decision.reason(), clock.instant());
    } else {
      s.reject(actor.id(), decision.reason(), clock.instant());
    }
    Store.flush(em);
    Provider provider = em.find(Provider.class, s.providerId());
    // The provider hears the decision in the app and by mail, with the reason when rejected.
    notifier.notify(provider.ownerAccountId(),
        decision.approves() ? "notification.servicePublished" : "notification.serviceRejected",
        List.of(name, decision.reason() == null ? "" : decision.reason()), "/provider/home.xhtml");
    return Views.full(s, provider);
  }

  @Transactional
  public ServiceView suspend(AccountPrincipal actor, long id, ReasonInput input) {
    requireOperator(actor);
    String reason = inputs.check(input == null ? new ReasonInput(null) : input).reason();
    ListedService s = listings.find(id);
    s.suspend(actor.id(), reason, clock.instant());
    Store.flush(em);
    return Views.full(s, em.find(Provider.class, s.providerId()));
  }

  @Transactional
  public ServiceView reinstate(AccountPrincipal actor, long id, ReasonInput input) {
    requireOperator(actor);
    String note = inputs.check(input == null ? new ReasonInput(null) : input).reason();
    ListedService s = listings.find(id);
    s.reinstate(actor.id(), note, clock.instant());
    Store.flush(em);
    return Views.full(s, em.find(Provider.class, s.providerId()));
  }

  private List<ListedService> withRevisionIn(RevisionState state) {
    return em.createQuery("select s from ListedService s where s.availability <> :withdrawn and exists"
            + " (select r from ServiceRevision r where r.service = s and r.state = :state) order by s.updatedAt, s.id",
            ListedService.class)
        .setParameter("withdrawn", Availability.WITHDRAWN).setParameter("state", state)
        .setMaxResults(500).getResultList();
  }

  private ReviewItem item(ListedService s) {
    Provider p = em.find(Provider.class, s.providerId());
    ServiceRevision submitted = s.latest();
    var published = s.published().map(ServiceRevision::terms).orElse(null);
    return new ReviewItem(s.id(), submitted.number(), p.id(), p.name(), p.corporateNumber(), submitted.terms(),
        submitted.submittedAt().orElse(null), published == null,
        TermsChange.between(published, submitted.terms()), ServiceStandard.check(submitted.terms()));
  }

  private static void requireOperator(AccountPrincipal actor) {
    if (!actor.is(Role.ADMIN)) {
      throw new ForbiddenException("error.forbidden");
    }
  }
}
