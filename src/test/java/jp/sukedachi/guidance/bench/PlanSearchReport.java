package jp.sukedachi.guidance.bench;

import jp.sukedachi.guidance.domain.Knapsack;
import jp.sukedachi.guidance.domain.PlanOptimiser;
import jp.sukedachi.guidance.domain.Scenarios;

/**
 * Prints, as a Markdown table, what the search does for each company of
 * {@link CompanyPlanBenchmark}: candidates, nodes, whether it finished (and so is proven within
 * {@link PlanOptimiser#GAP} of the optimum) and the risk the plan removes. Run by
 * scripts/bench-plan.sh before the JMH run.
 */
public final class PlanSearchReport {
  private PlanSearchReport() {}

  public static void main(String[] args) {
    System.out.println("| Company | Subsidy | Candidates | Budget (monthly / one-off / hours) "
        + "| Nodes | provenNearOptimal | Risk removed / before |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Scenarios.Company c : Scenarios.companies()) {
      for (boolean subsidy : new boolean[] {false, true}) {
        var budget = c.budget(subsidy);
        Knapsack.Problem p = Scenarios.problem(c.situation(), budget);
        Knapsack.Selection s = new PlanOptimiser().solve(p);
        System.out.printf("| %s | %s | %d | ¥%,d / ¥%,d / %.0f h | %,d | %s | %.3f / %.3f |%n",
            c.name(), subsidy ? "on" : "off", p.items().size(), budget.monthlyYen(),
            budget.oneOffYen(), budget.hours(), s.nodes(), s.provenNearOptimal(), s.removed(),
            p.totalRisk());
      }
    }
    System.exit(0);
  }
}
