package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.notification.application.Notifier;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;

/**
 * The SME rates reported work (1–5, a comment) and marks the addressed plan items it agrees are
 * done. Only work that happened (a report was filed) can be rated, once. The expert's profile
 * counts the rating and how the SME's residual risk and 自社診断 score changed since it asked.
 */
@ApplicationScoped
public class Ratings {
  @Inject EngagementStore store;
  @Inject EngagementViews views;
  @Inject PlanService plans;
  @Inject ExpertProfiles experts;
  @Inject Inputs inputs;
  @Inject Notifier notifier;
  @Inject Clock clock;

  @Transactional
  public EngagementView rate(AccountPrincipal actor, long id, RatingInput input) {
    ExpertEngagement e = store.mine(actor, id, EngagementSide.SME);
    RatingInput in = inputs.check(input == null ? new RatingInput(null, null, null) : input);
    if (e.status() != EngagementStatus.REPORTED) {
      throw new ConflictException(e.status() == EngagementStatus.RATED ? "engagement.rate.already"
          : "engagement.rate.noWork");
    }
    Set<String> addressed = store.items(id).stream().filter(EngagementView.Item::addressed)
        .map(EngagementView.Item::measureCode).collect(Collectors.toSet());
    List<String> done = in.markDone() == null ? List.of() : in.markDone();
    List<FieldError> errors = new ArrayList<>();
    for (String code : done) {
      if (!addressed.contains(code)) {
        errors.add(FieldError.of("markDone", "engagement.rate.notAddressed", ExpertReference.quote(code)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (String code : done) {
      plans.markProgress(actor, e.companyId(), code, "DONE");
    }
    PlanService.Standing after = plans.standing(e.companyId());
    String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
    store.move(id, List.of(EngagementStatus.REPORTED), EngagementStatus.RATED,
        "rating = ?4, rating_comment = ?5, rated_at = ?6, risk_after = ?7, score_after = ?8",
        in.rating(), comment, clock.instant(), after.residualRisk(), after.selfCheckScore());
    Double riskDrop = e.riskBefore() == null || e.riskBefore() <= 0 ? null
        : (e.riskBefore() - after.residualRisk()) / e.riskBefore();
    Integer scoreGain = e.scoreBefore() == null || after.selfCheckScore() == null ? null
        : after.selfCheckScore() - e.scoreBefore();
    experts.recordRating(e.expertId(), in.rating(), riskDrop, scoreGain);
    notifier.notify(e.expertAccountId(), "notification.engagementRated", List.of(in.rating()),
        EngagementStore.link(EngagementSide.EXPERT, id));
    return views.of(actor, store.find(id));
  }
}
