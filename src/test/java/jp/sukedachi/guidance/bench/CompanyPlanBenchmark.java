package jp.sukedachi.guidance.bench;

import java.util.concurrent.TimeUnit;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Knapsack;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.PlanOptimiser;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Scenarios;
import jp.sukedachi.guidance.domain.Situation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One plan for each company of the planner's table tests ({@link Scenarios#companies()}) at its
 * realistic budget, with the subsidy off and on: the whole planner as a request runs it, and the
 * search alone on the same selection problem. Run with scripts/bench-plan.sh; the node counts
 * and whether each search finished are printed by {@link PlanSearchReport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompanyPlanBenchmark {
  /** Must name every company of {@link Scenarios#companies()}; CompanyPlanBenchmarkTest checks it. */
  @Param({"taxAccountant", "logistics", "softwareHouse", "manufacturer"})
  String company;

  @Param({"false", "true"})
  boolean subsidy;

  private Catalogue catalogue;
  private Situation situation;
  private Budget budget;
  private Knapsack.Problem problem;

  @Setup
  public void setUp() {
    catalogue = Scenarios.catalogue();
    Scenarios.Company c = Scenarios.company(company);
    situation = c.situation();
    budget = c.budget(subsidy);
    problem = Scenarios.problem(situation, budget);
  }

  @Benchmark
  public Plan plan() {
    return new Planner(catalogue).plan(situation, budget);
  }

  @Benchmark
  public Knapsack.Selection search() {
    return new PlanOptimiser().solve(problem);
  }
}
