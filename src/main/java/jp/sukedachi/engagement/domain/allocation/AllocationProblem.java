package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A month's allocation problem: all open requests, every matchable expert's remaining hours, and
 * the most hours one SME may get in the month over all its requests.
 *
 * <p>Request ids and expert ids are unique; a company's requests share one prefecture; requested
 * hours and expert hours each add up to at most {@value #MAX_TOTAL_HOURS}, so the flow network's
 * integer capacities cannot overflow.
 */
public record AllocationProblem(List<HoursRequest> requests, List<ExpertCapacity> experts,
    int smeMonthlyHours) implements Serializable {

  /** The most requested hours, or expert hours, one problem may hold. */
  public static final long MAX_TOTAL_HOURS = 100_000_000L;

  public AllocationProblem {
    requests = List.copyOf(requests);
    experts = List.copyOf(experts);
    if (smeMonthlyHours < 0) {
      throw new IllegalArgumentException("The SME monthly cap cannot be negative: " + smeMonthlyHours);
    }
    checkRequests(requests);
    checkExperts(experts);
  }

  /** All hours asked for. */
  public long hoursRequested() {
    long sum = 0;
    for (HoursRequest r : requests) {
      sum += r.hours();
    }
    return sum;
  }

  /** All hours the experts still have. */
  public long expertHours() {
    long sum = 0;
    for (ExpertCapacity e : experts) {
      sum += e.hours();
    }
    return sum;
  }

  private static void checkRequests(List<HoursRequest> requests) {
    Set<Long> ids = new HashSet<>();
    Map<Long, String> prefectureOfCompany = new HashMap<>();
    long hours = 0;
    for (HoursRequest r : requests) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Request " + r.id() + " appears twice");
      }
      String earlier = prefectureOfCompany.putIfAbsent(r.companyId(), r.prefectureCode());
      if (earlier != null && !earlier.equals(r.prefectureCode())) {
        throw new IllegalArgumentException("Company " + r.companyId() + " has requests in prefectures "
            + earlier + " and " + r.prefectureCode());
      }
      hours += r.hours();
    }
    if (hours > MAX_TOTAL_HOURS) {
      throw new IllegalArgumentException("Too many requested hours for one allocation: " + hours);
    }
  }

  private static void checkExperts(List<ExpertCapacity> experts) {
    Set<Long> ids = new HashSet<>();
    long hours = 0;
    for (ExpertCapacity e : experts) {
      if (!ids.add(e.expertId())) {
        throw new IllegalArgumentException("Expert " + e.expertId() + " appears twice");
      }
      hours += e.hours();
    }
    if (hours > MAX_TOTAL_HOURS) {
      throw new IllegalArgumentException("Too many expert hours for one allocation: " + hours);
    }
  }
}
