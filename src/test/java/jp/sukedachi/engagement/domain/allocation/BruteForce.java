package jp.sukedachi.engagement.domain.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The best of all integer grant vectors of a small problem: every (request, expert) pair that the
 * eligibility rule allows gets 0..min(request hours, expert hours) hours, within every cap.
 */
final class BruteForce {
  private final AllocationProblem problem;
  private final List<HoursRequest> requests;
  private final List<ExpertCapacity> experts;
  private final List<int[]> pairs = new ArrayList<>();
  private final ToDoubleFunction<int[]> objective;
  private double best = Double.NEGATIVE_INFINITY;
  private long bestHours;

  private BruteForce(AllocationProblem problem, ToDoubleFunction<int[]> objectiveOfServedHours) {
    this.problem = problem;
    this.requests = problem.requests();
    this.experts = problem.experts();
    this.objective = objectiveOfServedHours;
    for (int r = 0; r < requests.size(); r++) {
      for (int e = 0; e < experts.size(); e++) {
        if (AllocationRules.eligible(experts.get(e), requests.get(r))) {
          pairs.add(new int[] {r, e});
        }
      }
    }
  }

  /** The highest value of the objective (a function of each request's served hours) and, among those, the most hours. */
  static double[] best(AllocationProblem problem, ToDoubleFunction<int[]> objectiveOfServedHours) {
    BruteForce b = new BruteForce(problem, objectiveOfServedHours);
    int[] servedRequest = new int[b.requests.size()];
    int[] usedExpert = new int[b.experts.size()];
    b.search(0, servedRequest, usedExpert, new HashMap<>());
    return new double[] {b.best, b.bestHours};
  }

  /** Σ hours × risk per hour. */
  static double risk(AllocationProblem problem, int[] served) {
    double sum = 0;
    for (int r = 0; r < served.length; r++) {
      sum += served[r] * problem.requests().get(r).riskPerHour();
    }
    return sum;
  }

  private void search(int pair, int[] served, int[] used, Map<Long, Integer> byCompany) {
    if (pair == pairs.size()) {
      double value = objective.applyAsDouble(served);
      long hours = 0;
      for (int s : served) {
        hours += s;
      }
      if (value > best + 1e-9 || (Math.abs(value - best) <= 1e-9 && hours > bestHours)) {
        best = value;
        bestHours = hours;
      }
      return;
    }
    int r = pairs.get(pair)[0];
    int e = pairs.get(pair)[1];
    HoursRequest request = requests.get(r);
    int company = byCompany.getOrDefault(request.companyId(), 0);
    int most = Math.min(Math.min(request.hours() - served[r], experts.get(e).hours() - used[e]),
        problem.smeMonthlyHours() - company);
    for (int h = 0; h <= most; h++) {
      served[r] += h;
      used[e] += h;
      byCompany.put(request.companyId(), company + h);
      search(pair + 1, served, used, byCompany);
      served[r] -= h;
      used[e] -= h;
      byCompany.put(request.companyId(), company);
    }
  }
}
