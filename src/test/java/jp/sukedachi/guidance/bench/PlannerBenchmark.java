package jp.sukedachi.guidance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.assessment.domain.ItAssetType;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Scenarios;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.guidance.domain.Threat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A plan for the full catalogue and a company with 500 IT asset records, from the asset list
 * to the explained, phased plan. Run with scripts/bench-plan.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {
  @Param({"20000", "300000"})
  long monthlyBudgetYen;

  private Catalogue catalogue;
  private List<CompanyFacts.AssetGroup> assets;
  private Budget budget;

  @Setup
  public void setUp() {
    catalogue = Scenarios.catalogue();
    ItAssetType[] types = ItAssetType.values();
    assets = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      assets.add(new CompanyFacts.AssetGroup(types[i % types.length].name(), 1 + i % 7, i % 11 == 0, i % 13 != 0));
    }
    budget = new Budget(monthlyBudgetYen, monthlyBudgetYen * 10, 80, true);
  }

  @Benchmark
  public Plan planFor500Assets() {
    var summary = new CompanyFacts(1, "bench", false, "MANUFACTURING", "13", 120, 4, true, false, 0, 0,
        assets, List.of(), null);
    Map<Integer, Answer> answers = new java.util.HashMap<>();
    for (int i = 1; i <= 25; i++) {
      answers.put(i, i % 3 == 0 ? Answer.PARTIAL : i % 5 == 0 ? Answer.IMPLEMENTED : Answer.NOT_IMPLEMENTED);
    }
    Situation s = new Situation(120, 4, true, false, summary.assetCounts(), summary.unsupportedDevices(),
        summary.internetFacingGroups(), Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 2, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL), answers, Set.of());
    return new Planner(catalogue).plan(s, budget);
  }
}
