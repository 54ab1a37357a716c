package jp.sukedachi.matching.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Scenarios;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.matching.domain.MatchResult;
import jp.sukedachi.matching.domain.MatchingCompany;
import jp.sukedachi.matching.domain.ServiceMatch;
import jp.sukedachi.matching.domain.ServiceMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Matching one SME (Kumamoto, 10 staff, 12 PCs) to 1,000 published services on the full
 * catalogue (issue #8): the ranking alone (the company's plan comes from the plan cache), the
 * ranking with the plan computed, and the with/without plan comparison of the top 3. Run with
 * {@code scripts/bench-plan.sh ServiceMatchingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ServiceMatchingBenchmark {
  static final int SERVICES = 1_000;

  private Catalogue catalogue;
  private MatchingCompany company;
  private Budget budget;
  private Plan plan;
  private List<PublishedService> services;
  private List<ServiceMatch> top3;

  @Setup
  public void setUp() {
    catalogue = Scenarios.catalogue();
    company = new MatchingCompany(kumamoto(), "43", "MANUFACTURING", 20_000);
    budget = ServiceMatcher.budget(20_000, 200_000, 40);
    plan = new Planner(catalogue).plan(company.situation(), budget);
    services = services(catalogue, SERVICES);
    top3 = rank().matches().stream().limit(3).toList();
    if (top3.size() < 3) {
      throw new IllegalStateException("The generated services give fewer than 3 matches");
    }
  }

  @Benchmark
  public MatchResult rank() {
    return new ServiceMatcher(catalogue).match(company, plan, budget, services);
  }

  @Benchmark
  public MatchResult rankWithThePlanComputed() {
    Plan fresh = new Planner(catalogue).plan(company.situation(), budget);
    return new ServiceMatcher(catalogue).match(company, fresh, budget, services);
  }

  @Benchmark
  public List<Planner.OfferComparison> compareTop3() {
    Planner planner = new Planner(catalogue);
    return top3.stream().map(m -> planner.compare(company.situation(), budget, ServiceMatcher.offer(m.service())))
        .toList();
  }

  static Situation kumamoto() {
    Map<Integer, Answer> answers = new HashMap<>();
    for (int i = 1; i <= 25; i++) {
      answers.put(i, i % 3 == 0 ? Answer.PARTIAL : i % 5 == 0 ? Answer.IMPLEMENTED : Answer.NOT_IMPLEMENTED);
    }
    return new Situation(10, 1, true, true, Map.of("PC", 12, "NETWORK", 1, "CLOUD_EMAIL", 1, "MOBILE", 6), 0, 1,
        Map.of(Threat.ImpactAxis.C, 2, Threat.ImpactAxis.I, 2, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL), answers, Set.of());
  }

  /** Services of every kind: regions, classes, prices, size limits and 2–8 catalogue measures each. */
  static List<PublishedService> services(Catalogue catalogue, int n) {
    Random random = new Random(8);
    List<String> codes = catalogue.measures().stream().map(Measure::code).toList();
    List<PublishedService> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Set<String> prefectures = new TreeSet<>();
      for (int k = 0; k < 1 + random.nextInt(10); k++) {
        prefectures.add(String.format("%02d", 1 + random.nextInt(47)));
      }
      if (i % 3 == 0) {
        prefectures.add("43");
      }
      Set<String> measures = new TreeSet<>(List.of("NET-UTM", "INC-INSURANCE"));
      for (int k = 0; k < random.nextInt(7); k++) {
        measures.add(codes.get(random.nextInt(codes.size())));
      }
      boolean class2 = i % 10 == 0;
      boolean perDevice = i % 2 == 0;
      out.add(new PublishedService(i, i, 1, 1 + i / 5, "Provider " + i / 5, "Service " + i, "",
          class2 ? ServiceClass.CLASS_2 : ServiceClass.CLASS_1,
          perDevice ? MonitoringType.ENDPOINT : MonitoringType.NETWORK,
          perDevice ? 0 : 3_000 + random.nextInt(7_000), perDevice ? 300 + random.nextInt(1_700) : 0,
          random.nextInt(4) * 10_000L, class2 ? 50 : 0, prefectures, measures,
          i % 7 == 0 ? 20 : null, i % 11 == 0 ? 5 : null, null, i % 13 == 0 ? 10 : null,
          i % 17 == 0 ? Set.of("RETAIL") : Set.of(), i % 4 != 0, 12, "", "", "", 1_000_000, class2, class2,
          "IPA-" + i, catalogue.version(), Instant.EPOCH));
    }
    return out;
  }
}
