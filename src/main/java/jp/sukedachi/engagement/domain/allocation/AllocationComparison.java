package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;

/**
 * How a proposed allocation compares with a baseline on the same problem: "how much more than
 * first come, first served" and "how much more evenly across prefectures". Positive numbers mean
 * the proposal does better (for {@code maxPrefectureShareChange}, a negative number means the
 * best-served prefecture gets less).
 *
 * @param extraHoursServed hours served minus the baseline's
 * @param extraRiskHoursServed risk-weighted hours served minus the baseline's
 * @param extraRequestsServed requests served (at least one hour) minus the baseline's
 * @param hoursServedGain extra hours served ÷ the baseline's (0.25 = 25 % more); 0 when the
 *     baseline serves nothing
 * @param riskHoursServedGain extra risk-weighted hours ÷ the baseline's; 0 when the baseline serves nothing
 * @param fairnessIndexChange Jain's index minus the baseline's
 * @param minPrefectureShareChange the worst-served prefecture's share minus the baseline's
 * @param maxPrefectureShareChange the best-served prefecture's share minus the baseline's
 */
public record AllocationComparison(long extraHoursServed, double extraRiskHoursServed,
    int extraRequestsServed, double hoursServedGain, double riskHoursServedGain,
    double fairnessIndexChange, double minPrefectureShareChange, double maxPrefectureShareChange)
    implements Serializable {
}
