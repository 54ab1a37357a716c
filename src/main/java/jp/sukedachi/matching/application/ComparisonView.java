package jp.sukedachi.matching.application;

import java.io.Serializable;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.Planner.OfferComparison;
import jp.sukedachi.matching.domain.ServiceMatch;

/**
 * The company's plan with a matched service beside the plan without it (both at the company's
 * budget, the IT導入補助金 counted where granted), and what the service's open measures would
 * cost bought one by one at the catalogue's prices.
 */
public record ComparisonView(long companyId, ServiceMatch match, Plan with, Plan without,
    long separateOneOffYen, long separateMonthlyYen) implements Serializable {

  static ComparisonView of(long companyId, ServiceMatch match, OfferComparison c) {
    return new ComparisonView(companyId, match, c.with(), c.without(), c.separateOneOffYen(),
        c.separateMonthlyYen());
  }

  /** Whether the plan with the service available actually buys it. */
  public boolean chosen() {
    return with.items().stream().anyMatch(i -> i.measure().code().endsWith(":SERVICE-" + match.service().serviceId()));
  }
}
