package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an allocation serves, and how evenly across prefectures.
 *
 * @param hoursRequested all hours asked for
 * @param hoursServed all hours granted
 * @param riskHoursServed the sum over grants of hours × the request's risk per hour
 * @param requestsServed requests granted at least one hour
 * @param servedShareByPrefecture for each prefecture with requested hours, hours served ÷ hours
 *     requested there (0..1), by prefecture code
 * @param fairnessIndex Jain's index over those shares: (Σ s)² ÷ (n · Σ s²), 1 when every
 *     prefecture gets the same share (also when nothing is served), 1/n when one gets everything
 * @param riskHoursRequested the sum over requests of hours × risk per hour: the most that could be served
 * @param requests how many requests there are
 * @param requestsFullyServed requests granted all the hours they asked for (at least one)
 * @param requestsSplit requests granted hours by more than one expert
 * @param expertHours all hours the experts had free
 * @param minPrefectureShare the lowest prefecture share (0 with no requests)
 * @param maxPrefectureShare the highest prefecture share (0 with no requests)
 */
public record AllocationStats(long hoursRequested, long hoursServed, double riskHoursServed,
    int requestsServed, Map<String, Double> servedShareByPrefecture, double fairnessIndex,
    double riskHoursRequested, int requests, int requestsFullyServed, int requestsSplit,
    long expertHours, double minPrefectureShare, double maxPrefectureShare) implements Serializable {

  public AllocationStats {
    if (hoursRequested < 0 || hoursServed < 0 || riskHoursServed < 0 || requestsServed < 0
        || riskHoursRequested < 0 || requests < 0 || requestsFullyServed < 0 || requestsSplit < 0
        || expertHours < 0) {
      throw new IllegalArgumentException("Allocation figures cannot be negative");
    }
    if (!(fairnessIndex >= 0 && fairnessIndex <= 1 + 1e-9)) {
      throw new IllegalArgumentException("Jain's index lies in [1/n, 1]: " + fairnessIndex);
    }
    servedShareByPrefecture = Collections.unmodifiableSortedMap(new TreeMap<>(
        Objects.requireNonNull(servedShareByPrefecture, "servedShareByPrefecture")));
  }

  /** The figures of the grants for a problem; every grant names a request and an expert of it. */
  public static AllocationStats of(AllocationProblem problem, List<Grant> grants) {
    Map<Long, HoursRequest> requests = new HashMap<>();
    problem.requests().forEach(r -> requests.put(r.id(), r));
    Map<Long, Integer> served = new HashMap<>();
    Map<Long, Long> firstExpert = new HashMap<>();
    Map<Long, Boolean> split = new HashMap<>();
    Set<Long> experts = new HashSet<>();
    problem.experts().forEach(e -> experts.add(e.expertId()));
    double riskHoursServed = 0;
    for (Grant g : grants) {
      HoursRequest r = requests.get(g.requestId());
      if (r == null || !experts.contains(g.expertId())) {
        throw new IllegalArgumentException("Grant " + g + " names a request or expert not in the problem");
      }
      served.merge(r.id(), g.hours(), Integer::sum);
      riskHoursServed += g.hours() * r.riskPerHour();
      Long first = firstExpert.putIfAbsent(r.id(), g.expertId());
      if (first != null && first != g.expertId()) {
        split.put(r.id(), true);
      }
    }
    Map<String, long[]> byPrefecture = new HashMap<>();
    long hoursServed = 0;
    double riskHoursRequested = 0;
    int requestsServed = 0;
    int fully = 0;
    for (HoursRequest r : problem.requests()) {
      int s = served.getOrDefault(r.id(), 0);
      long[] requestedAndServed = byPrefecture.computeIfAbsent(r.prefectureCode(), p -> new long[2]);
      requestedAndServed[0] += r.hours();
      requestedAndServed[1] += s;
      hoursServed += s;
      riskHoursRequested += r.hours() * r.riskPerHour();
      requestsServed += s > 0 ? 1 : 0;
      fully += s > 0 && s == r.hours() ? 1 : 0;
    }
    Map<String, Double> shares = new TreeMap<>();
    byPrefecture.forEach((p, rs) -> {
      if (rs[0] > 0) {
        shares.put(p, (double) rs[1] / rs[0]);
      }
    });
    return new AllocationStats(problem.hoursRequested(), hoursServed, riskHoursServed, requestsServed,
        shares, jain(shares.values()), riskHoursRequested, problem.requests().size(), fully,
        split.size(), problem.expertHours(), min(shares.values()), max(shares.values()));
  }

  /** How this allocation compares with a baseline (say, first come, first served) on the same problem. */
  public AllocationComparison against(AllocationStats baseline) {
    return new AllocationComparison(hoursServed - baseline.hoursServed,
        riskHoursServed - baseline.riskHoursServed, requestsServed - baseline.requestsServed,
        gain(hoursServed, baseline.hoursServed), gain(riskHoursServed, baseline.riskHoursServed),
        fairnessIndex - baseline.fairnessIndex, minPrefectureShare - baseline.minPrefectureShare,
        maxPrefectureShare - baseline.maxPrefectureShare);
  }

  /** Jain's fairness index of the values; 1 for none or all zero. */
  static double jain(Collection<Double> values) {
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      sum += v;
      squares += v * v;
    }
    return squares == 0 ? 1 : Math.min(1, sum * sum / (values.size() * squares));
  }

  private static double gain(double value, double baseline) {
    return baseline == 0 ? 0 : (value - baseline) / baseline;
  }

  private static double min(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double max(Collection<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
