package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.ConsentInput;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.ConsentView;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.domain.Expert;
import jp.sukedachi.expert.domain.ExpertSlot;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/**
 * An SME asks a verified expert for a slot or for hours in a month. Everything a request needs
 * happens in one transaction or not at all: the hours held against the expert's month and the
 * SME's cap ({@link HoursLedger}), the consent grant to the expert, the request holding its slot
 * (the database allows one live request per slot: of 100 concurrent requests for a slot exactly
 * one is made, the others get 409), and the expert's notification.
 */
@ApplicationScoped
public class Engagements {
  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject AccessPolicy access;
  @Inject ConsentService consents;
  @Inject AccountDirectory accounts;
  @Inject ExpertProfiles experts;
  @Inject ExpertSlots slots;
  @Inject HoursLedger ledger;
  @Inject ExpertRules rules;
  @Inject CatalogueService catalogues;
  @Inject PlanService plans;
  @Inject Notifier notifier;
  @Inject EngagementStore store;
  @Inject EngagementViews views;
  @Inject Clock clock;

  @Transactional
  public EngagementView request(AccountPrincipal actor, EngagementInput input) {
    EngagementInput in = input == null ? EngagementInput.empty() : input;
    List<FieldError> errors = new ArrayList<>(inputs.errors(in));
    if (in.companyId() != null) {
      access.change(actor, in.companyId());
    }
    List<String> parts = in.parts() == null ? List.of() : in.parts();
    DataPart.parse(parts, errors);
    Set<String> codes = codes(in.measureCodes(), errors);
    Expert expert = in.expertId() == null ? null : available(in.expertId(), errors);
    Instant now = clock.instant();
    ExpertSlot slot = null;
    LocalDate month = null;
    int hours = 0;
    if (in.slotId() != null) {
      slot = slots.find(in.slotId());
      if (slot == null || expert == null || slot.expertId() != expert.id()) {
        errors.add(FieldError.of("slotId", "engagement.slot.unknown"));
      } else if (!slot.startsAt().isAfter(now)) {
        errors.add(FieldError.of("slotId", "engagement.slot.past"));
      } else {
        month = ExpertReference.firstDay(YearMonth.from(slot.startsAt().atZone(ExpertReference.JAPAN)));
        hours = slot.hours();
      }
    } else if (in.hours() == null) {
      errors.add(FieldError.of("hours", "engagement.slotOrHours"));
    } else {
      hours = in.hours();
      month = RequestMonth.parse(in.month(), clock, errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    PlanService.Standing standing = plans.standing(in.companyId());
    ExpertEngagement.Request request = new ExpertEngagement.Request(in.companyId(), actor.id(), expert.id(),
        expert.accountId(), slot == null ? null : slot.id(), month, hours, in.description().strip(),
        !Boolean.FALSE.equals(in.passOn()), null, null, null, standing.residualRisk(), standing.selfCheckScore());
    Instant respondBy = respondBy(now, slot);
    ExpertEngagement e = open(actor, request, parts, codes, respondBy, now);
    return views.of(actor, e);
  }

  /**
   * Makes a request in the caller's transaction: holds the hours, grants consent to the expert,
   * stores the request and tells the expert. Used for the SME's own requests, for passing a
   * request on and for applying an allocation, so all obey the same guards.
   */
  ExpertEngagement open(AccountPrincipal sme, ExpertEngagement.Request asked, List<String> parts,
      Set<String> codes, Instant respondBy, Instant now) {
    Expert expert = experts.byId(asked.expertId());
    ExpertEngagement.Request request = asked.toAccount(expert.accountId());
    if (request.slotId() != null) {
      // Requests for one slot queue on the slot's row; the first holds it, the others then see it
      // held. The one-live-request-per-slot index stands behind this should anything get round it.
      em.createNativeQuery("select id from expert_slot where id = ?1 for update").setParameter(1, request.slotId())
          .getResultList();
      if (slotHeld(request.slotId())) {
        throw new ConflictException("engagement.slot.taken");
      }
    }
    ledger.holdExpert(expert.id(), request.month(), request.hours(), expert.monthlyHours());
    try {
      ledger.holdCompany(request.companyId(), request.month(), request.hours(), rules.smeMonthlyHours());
    } catch (ConflictException overCap) {
      ledger.releaseExpert(expert.id(), request.month(), request.hours());
      throw overCap;
    }
    AccountPrincipal recipient = accounts.byId(expert.accountId())
        .orElseThrow(() -> new NotFoundException("error.expert.none"));
    Instant expires = now.plus(rules.consentTime());
    ConsentView grant = consents.grant(sme, request.companyId(), ConsentInput.of(recipient.email(), parts, expires));
    ExpertEngagement e = new ExpertEngagement(request, grant.id(), respondBy, now);
    em.persist(e);
    try {
      em.flush();
    } catch (PersistenceException slotTakenMeanwhile) {
      throw new ConflictException("engagement.slot.taken");
    }
    store.addItems(e.id(), codes);
    notifier.notify(expert.accountId(), "notification.engagementRequested",
        List.of(request.hours(), respondBy.atZone(ExpertReference.JAPAN).toLocalDateTime().withSecond(0).toString()),
        EngagementStore.link(EngagementSide.EXPERT, e.id()));
    return e;
  }

  /** The SME withdraws a request or booking before the work: its slot and hours are free again. */
  @Transactional
  public EngagementView cancel(AccountPrincipal actor, long id) {
    ExpertEngagement e = store.mine(actor, id, EngagementSide.SME);
    if (e.status() == EngagementStatus.ACCEPTED && e.slotId() != null
        && !slots.find(e.slotId()).startsAt().isAfter(clock.instant())) {
      throw new ConflictException("engagement.cancel.started");
    }
    store.move(id, List.of(EngagementStatus.REQUESTED, EngagementStatus.ACCEPTED), EngagementStatus.CANCELLED, null);
    ledger.release(e.expertId(), e.companyId(), e.month(), e.hours());
    consents.revoke(actor, e.companyId(), e.consentGrantId());
    notifier.notify(e.expertAccountId(), "notification.engagementCancelled", List.of(e.hours()),
        EngagementStore.link(EngagementSide.EXPERT, id));
    return views.of(actor, store.find(id));
  }

  /** The caller's engagements, newest activity first: its company's for an SME, those sent to it for an expert. */
  @Transactional
  public List<EngagementView> mine(AccountPrincipal actor) {
    List<ExpertEngagement> found;
    if (actor.is(Role.EXPERT)) {
      found = em.createQuery("select e from ExpertEngagement e where e.expertAccountId = :a "
          + "order by e.updatedAt desc, e.id desc", ExpertEngagement.class).setParameter("a", actor.id())
          .setMaxResults(200).getResultList();
    } else {
      found = access.ownCompany(actor).map(c -> em.createQuery("select e from ExpertEngagement e "
              + "where e.companyId = :c order by e.updatedAt desc, e.id desc", ExpertEngagement.class)
          .setParameter("c", c).setMaxResults(200).getResultList()).orElse(List.of());
    }
    return found.stream().map(e -> views.summary(actor, e)).toList();
  }

  @Transactional
  public EngagementView one(AccountPrincipal actor, long id) {
    return views.of(actor, store.mine(actor, id, null));
  }

  /** A verified expert whose registration has not lapsed; otherwise a field error. */
  private Expert available(long expertId, List<FieldError> errors) {
    try {
      Expert e = experts.byId(expertId);
      if (e.matchable(ExpertReference.today(clock))) {
        return e;
      }
    } catch (NotFoundException none) {
      // reported below
    }
    errors.add(FieldError.of("expertId", "engagement.expert.unavailable"));
    return null;
  }

  private boolean slotHeld(long slotId) {
    return !em.createNativeQuery("select 1 from engagement where slot_id = ?1 "
            + "and status not in ('DECLINED', 'EXPIRED', 'CANCELLED')")
        .setParameter(1, slotId).getResultList().isEmpty();
  }

  private Set<String> codes(List<String> given, List<FieldError> errors) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : given == null ? List.<String>of() : given) {
      if (c == null || catalogues.current().measure(c).isEmpty()) {
        errors.add(FieldError.of("measureCodes", "plan.measure.unknown", ExpertReference.quote(c)));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** The expert answers within the response time, and before the slot starts. */
  Instant respondBy(Instant now, ExpertSlot slot) {
    Instant by = now.plus(rules.responseTime());
    return slot != null && slot.startsAt().isBefore(by) ? slot.startsAt() : by;
  }
}
