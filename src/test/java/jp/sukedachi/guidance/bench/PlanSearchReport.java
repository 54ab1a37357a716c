package jp.sukedachi.guidance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Knapsack;
import jp.sukedachi.guidance.domain.PlanOptimiser;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Scenarios;
import jp.sukedachi.guidance.domain.Situation;

/**
 * Prints, as a Markdown table, what the search does for each company of
 * {@link CompanyPlanBenchmark}: candidates, nodes, whether it finished (and so is proven within
 * {@link PlanOptimiser#GAP} of the optimum), the risk the plan removes, and the thread CPU time
 * of one whole plan after a warm-up. CPU time, unlike JMH's wall-clock time, barely moves when
 * other processes share the cores. Run by scripts/bench-plan.sh before the JMH run.
 */
public final class PlanSearchReport {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long MEASURE_NANOS = 2_000_000_000L;

  private PlanSearchReport() {}

  public static void main(String[] args) {
    System.out.println("| Company | Subsidy | Candidates | Budget (monthly / one-off / hours) "
        + "| Nodes | provenNearOptimal | Risk removed / before | CPU per plan |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    Planner planner = new Planner(Scenarios.catalogue());
    for (Scenarios.Company c : Scenarios.companies()) {
      for (boolean subsidy : new boolean[] {false, true}) {
        Budget budget = c.budget(subsidy);
        Knapsack.Problem p = Scenarios.problem(c.situation(), budget);
        Knapsack.Selection s = new PlanOptimiser().solve(p);
        System.out.printf("| %s | %s | %d | ¥%,d / ¥%,d / %.0f h | %,d | %s | %.3f / %.3f | %.3f ms |%n",
            c.name(), subsidy ? "on" : "off", p.items().size(), budget.monthlyYen(),
            budget.oneOffYen(), budget.hours(), s.nodes(), s.provenNearOptimal(), s.removed(),
            p.totalRisk(), cpuMillisPerPlan(planner, c.situation(), budget));
      }
    }
    System.exit(0);
  }

  private static double cpuMillisPerPlan(Planner planner, Situation situation, Budget budget) {
    long start = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
      planner.plan(situation, budget);
    }
    start = THREADS.getCurrentThreadCpuTime();
    long plans = 0;
    long used;
    do {
      planner.plan(situation, budget);
      plans++;
      used = THREADS.getCurrentThreadCpuTime() - start;
    } while (used < MEASURE_NANOS);
    return used / 1e6 / plans;
  }
}
