package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.ConsentView;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.domain.ExpertSlot;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;

/**
 * An engagement as the reader's side sees it: the SME sees what it shares and whether the grant
 * is live; the expert sees the SME's data only while the grant is live (each read is logged for
 * the SME), and each side sees what it may do now.
 */
@ApplicationScoped
class EngagementViews {
  @Inject EngagementStore store;
  @Inject ExpertProfiles experts;
  @Inject ExpertSlots slots;
  @Inject ConsentService consents;
  @Inject SharedCompanyService shared;
  @Inject Clock clock;

  /** The full view, with the shared data for the expert (a logged read). */
  EngagementView of(AccountPrincipal actor, ExpertEngagement e) {
    return build(actor, e, true);
  }

  /** For lists: no shared data, so listing reads nothing of the SME's. */
  EngagementView summary(AccountPrincipal actor, ExpertEngagement e) {
    return build(actor, e, false);
  }

  private EngagementView build(AccountPrincipal actor, ExpertEngagement e, boolean withData) {
    EngagementSide side = store.sideOf(actor, e);
    ExpertSlot slot = e.slotId() == null ? null : slots.find(e.slotId());
    List<DataPart> parts = List.of();
    boolean live = false;
    SharedCompany data = null;
    if (side == EngagementSide.SME) {
      ConsentView grant = consents.grant(actor, e.companyId(), e.consentGrantId());
      parts = grant.parts();
      live = grant.live();
    } else if (withData) {
      data = shared.readIfShared(actor, e.companyId());
      live = data != null;
    }
    return new EngagementView(e.id(), e.companyId(), e.expertId(), experts.byId(e.expertId()).displayName(),
        e.slotId(), slot == null ? null : slot.startsAt(), slot == null ? null : slot.endsAt(), e.month(), e.hours(),
        e.description(), store.items(e.id()), e.status(), side, e.respondBy(), e.declineReason(), e.passedToId(),
        e.noneLeft(), e.allocationId() != null, e.report(), e.rating(), e.ratingComment(), parts, live, data,
        allowed(side, e, slot), e.createdAt());
  }

  String expertName(ExpertEngagement e) {
    return experts.byId(e.expertId()).displayName();
  }

  /** What the reader may do now. */
  List<String> allowed(EngagementSide side, ExpertEngagement e, ExpertSlot slot) {
    Instant now = clock.instant();
    List<String> can = new ArrayList<>();
    boolean started = slot == null || !slot.startsAt().isAfter(now);
    if (side == EngagementSide.EXPERT) {
      if (e.status() == EngagementStatus.REQUESTED && now.isBefore(e.respondBy())) {
        can.add("accept");
        can.add("decline");
      }
      if (e.status() == EngagementStatus.ACCEPTED && started) {
        can.add("report");
      }
    } else if (side == EngagementSide.SME) {
      if (e.status() == EngagementStatus.REQUESTED || (e.status() == EngagementStatus.ACCEPTED && !started)) {
        can.add("cancel");
      }
      if (e.status() == EngagementStatus.REPORTED) {
        can.add("rate");
      }
    }
    return can;
  }

}
