package jp.sukedachi.guidance.domain;

import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * What the plan says about the subsidy, so no owner wonders why it was or was not counted: a
 * company that may not apply is told so whether or not it asked; one that asked is told either
 * the rule's terms as applied or why nothing in the plan qualified.
 */
final class SubsidyNote {
  private SubsidyNote() {}

  /** @return null when the catalogue has no subsidy, or the company may apply and did not ask */
  static Reason of(SubsidyRule rule, Situation situation, Budget budget, List<Plan.Item> items) {
    if (rule == null) {
      return null;
    }
    if (rule.smeOnly() && !situation.sme()) {
      return Reason.of("plan.subsidy.notSme", rule.name());
    }
    if (!budget.subsidy()) {
      return null;
    }
    SubsidyRule.Rate rate = situation.smallEnterprise() ? rule.smallEnterpriseRate() : rule.rate();
    if (items.stream().anyMatch(i -> i.subsidyMonthlyYen() > 0)) {
      return Reason.of("plan.subsidy.applied", rule.name(), rate.numerator(), rate.denominator(),
          rule.minimumClaimYen(), rule.capYen(), rule.months());
    }
    return Reason.of("plan.subsidy.noneQualified", rule.name(), rule.minimumClaimYen(), rule.months());
  }
}
