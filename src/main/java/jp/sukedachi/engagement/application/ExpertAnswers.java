package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;

/**
 * The expert's side: accept or decline a request before its deadline (a decline passes the
 * request on when the SME allowed it), and report the work once it has happened.
 */
@ApplicationScoped
public class ExpertAnswers {
  @Inject EngagementStore store;
  @Inject EngagementViews views;
  @Inject PassOn passOn;
  @Inject ExpertSlots slots;
  @Inject Inputs inputs;
  @Inject Notifier notifier;
  @Inject Clock clock;

  @Transactional
  public EngagementView accept(AccountPrincipal actor, long id) {
    ExpertEngagement e = store.mine(actor, id, EngagementSide.EXPERT);
    requireBeforeDeadline(e);
    store.move(id, List.of(EngagementStatus.REQUESTED), EngagementStatus.ACCEPTED, null);
    notifier.notify(e.smeAccountId(), "notification.engagementAccepted", List.of(views.expertName(e), e.hours()),
        EngagementStore.link(EngagementSide.SME, id));
    return views.of(actor, store.find(id));
  }

  @Transactional
  public EngagementView decline(AccountPrincipal actor, long id, String reason) {
    ExpertEngagement e = store.mine(actor, id, EngagementSide.EXPERT);
    if (reason != null && reason.length() > 500) {
      throw InvalidInputException.of("reason", "engagement.declineReason.size");
    }
    requireBeforeDeadline(e);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    store.move(id, List.of(EngagementStatus.REQUESTED), EngagementStatus.DECLINED, "decline_reason = ?4", why);
    passOn.after(store.find(id), "notification.engagementDeclined");
    return views.of(actor, store.find(id));
  }

  @Transactional
  public EngagementView report(AccountPrincipal actor, long id, ReportInput input) {
    ExpertEngagement e = store.mine(actor, id, EngagementSide.EXPERT);
    ReportInput in = inputs.check(input == null ? new ReportInput(null, null) : input);
    if (e.status() != EngagementStatus.ACCEPTED) {
      throw new ConflictException("engagement.report.notAccepted");
    }
    if (e.slotId() != null && slots.find(e.slotId()).startsAt().isAfter(clock.instant())) {
      throw new ConflictException("engagement.report.beforeWork");
    }
    Set<String> asked = new LinkedHashSet<>();
    store.items(id).forEach(i -> asked.add(i.measureCode()));
    List<FieldError> errors = new ArrayList<>();
    List<String> addressed = in.addressed() == null ? List.of() : in.addressed();
    for (String code : addressed) {
      if (!asked.contains(code)) {
        errors.add(FieldError.of("addressed", "engagement.report.notAsked", ExpertReference.quote(code)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    store.move(id, List.of(EngagementStatus.ACCEPTED), EngagementStatus.REPORTED,
        "report = ?4, reported_at = ?5", in.text().strip(), clock.instant());
    store.markAddressed(id, addressed);
    notifier.notify(e.smeAccountId(), "notification.engagementReported", List.of(views.expertName(e)),
        EngagementStore.link(EngagementSide.SME, id));
    return views.of(actor, store.find(id));
  }

  private void requireBeforeDeadline(ExpertEngagement e) {
    if (e.status() == EngagementStatus.REQUESTED && !clock.instant().isBefore(e.respondBy())) {
      throw new ConflictException("engagement.deadlinePassed");
    }
  }
}
