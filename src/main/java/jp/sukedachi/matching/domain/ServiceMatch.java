package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.platform.Reason;

/**
 * A service that reaches the company, priced for it and valued on its risk.
 *
 * @param monthlyYen the fee for this company's devices, before subsidy
 * @param subsidyMonthlyYen the IT導入補助金 per month on that fee (0 when not eligible or not granted)
 * @param firstYearYen one-off fee plus the first twelve months net of the subsidy
 * @param riskRemoved risk removed from today's residual risk (the plan's risk units)
 * @param riskRemovedShare riskRemoved as a share (0–1) of today's residual risk
 * @param withinBudget whether the net monthly fee fits the company's monthly budget
 * @param reasons why, as message keys with arguments, most telling first
 */
public record ServiceMatch(PublishedService service, int devices, long monthlyYen,
    long subsidyMonthlyYen, long firstYearYen, double riskRemoved, double riskRemovedShare,
    boolean withinBudget, List<Reason> reasons) implements Serializable {

  public ServiceMatch {
    reasons = List.copyOf(reasons);
  }

  public long netMonthlyYen() {
    return monthlyYen - subsidyMonthlyYen;
  }
}
