package jp.sukedachi.engagement.domain.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: requests in {@code sequence} order, each taking hours from the eligible expert
 * with free hours and the lowest id, then the next one if that expert had fewer hours than the
 * request still needs, within the request's hours, the expert's hours and the SME monthly cap.
 * Nobody looks ahead: an early request from Tokyo that a remote expert could serve may take the
 * hours of the only on-site expert a later request elsewhere needed.
 *
 * <p>Runs in time linear in the size of the eligibility lists: experts are listed by (remote, code)
 * and (prefecture, code), in id order, and each list keeps a cursor past the experts already full.
 */
public final class FirstComeFirstServed {

  public Allocation allocate(AllocationProblem problem) {
    List<ExpertCapacity> experts = new ArrayList<>(problem.experts());
    experts.sort(Comparator.comparingLong(ExpertCapacity::expertId));
    int[] free = experts.stream().mapToInt(ExpertCapacity::hours).toArray();
    Map<String, Cursor> lists = new HashMap<>();
    for (int e = 0; e < experts.size(); e++) {
      ExpertCapacity x = experts.get(e);
      for (String code : x.measureCodes()) {
        if (x.remote()) {
          lists.computeIfAbsent("R\u0000" + code, k -> new Cursor()).experts.add(e);
        }
        if (x.onSite()) {
          for (String p : x.prefectures()) {
            lists.computeIfAbsent(p + '\u0000' + code, k -> new Cursor()).experts.add(e);
          }
        }
      }
    }
    List<HoursRequest> requests = new ArrayList<>(problem.requests());
    requests.sort(Comparator.comparingLong(HoursRequest::sequence).thenComparingLong(HoursRequest::id));
    Map<Long, Integer> companyHours = new HashMap<>();
    List<Grant> grants = new ArrayList<>();
    for (HoursRequest r : requests) {
      int want = Math.min(r.hours(), problem.smeMonthlyHours() - companyHours.getOrDefault(r.companyId(), 0));
      List<Cursor> candidates = new ArrayList<>();
      for (String code : r.measureCodes()) {
        addIfPresent(candidates, lists.get(r.prefectureCode() + '\u0000' + code));
        if (!r.needsPresence()) {
          addIfPresent(candidates, lists.get("R\u0000" + code));
        }
      }
      int given = 0;
      while (given < want) {
        int e = firstWithFreeHours(candidates, free);
        if (e < 0) {
          break;
        }
        int h = Math.min(want - given, free[e]);
        free[e] -= h;
        given += h;
        grants.add(new Grant(r.id(), experts.get(e).expertId(), h));
      }
      companyHours.merge(r.companyId(), given, Integer::sum);
    }
    return Allocation.of(problem, grants);
  }

  private static void addIfPresent(List<Cursor> candidates, Cursor cursor) {
    if (cursor != null) {
      candidates.add(cursor);
    }
  }

  /** The lowest-index expert with free hours on any of the lists, or -1. */
  private static int firstWithFreeHours(List<Cursor> candidates, int[] free) {
    int best = -1;
    for (Cursor c : candidates) {
      while (c.next < c.experts.size() && free[c.experts.get(c.next)] == 0) {
        c.next++;
      }
      if (c.next < c.experts.size() && (best < 0 || c.experts.get(c.next) < best)) {
        best = c.experts.get(c.next);
      }
    }
    return best;
  }

  /** Experts in id order (as indices into the sorted list) and the first that may still have hours. */
  private static final class Cursor {
    final List<Integer> experts = new ArrayList<>();
    int next;
  }
}
