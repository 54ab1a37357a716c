package jp.sukedachi.engagement.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoursAllocatorTest {
  private static final HoursAllocator RISK_ONLY = new HoursAllocator(Fairness.NONE);

  @Test
  void servesTheMostRiskWeightedHoursAndThenTheMostHoursOfAllGrantVectors() {
    Random random = new Random(9_001);
    for (int i = 0; i < 400; i++) {
      AllocationProblem problem = AllocationRules.random(random, 4, 3, 3, true);
      Allocation allocation = RISK_ONLY.allocate(problem);
      double[] optimum = BruteForce.best(problem, served -> BruteForce.risk(problem, served));
      assertThat(allocation.stats().riskHoursServed()).as("case %d: %s", i, problem).isEqualTo(optimum[0]);
      assertThat(allocation.stats().hoursServed()).as("case %d: %s", i, problem).isEqualTo((long) optimum[1]);
    }
  }

  @Test
  void withRealRisksServesTheOptimumToWithinTheCostResolution() {
    Random random = new Random(77);
    for (int i = 0; i < 300; i++) {
      AllocationProblem problem = AllocationRules.random(random, 4, 3, 3, false);
      double optimum = BruteForce.best(problem, served -> BruteForce.risk(problem, served))[0];
      double maxRisk = problem.requests().stream().mapToDouble(HoursRequest::riskPerHour).max().orElse(0);
      // Each hour's weight is rounded to maxRisk / 10^7 and one unit is added per hour served.
      double tolerance = 2.0 * problem.hoursRequested() * maxRisk / AllocationNetwork.RISK_RESOLUTION;
      assertThat(RISK_ONLY.allocate(problem).stats().riskHoursServed()).as("case %d", i)
          .isCloseTo(optimum, within(tolerance + 1e-9));
    }
  }

  @Test
  void withFairnessTiersMaximisesRiskPlusTheTierBonusesOfEachPrefecture() {
    Fairness fairness = new Fairness(List.of(new Fairness.Tier(0.34, 3), new Fairness.Tier(0.67, 1)));
    HoursAllocator allocator = new HoursAllocator(fairness);
    Random random = new Random(4_242);
    for (int i = 0; i < 300; i++) {
      AllocationProblem problem = AllocationRules.random(random, 4, 3, 3, true);
      Allocation allocation = allocator.allocate(problem);
      double optimum = BruteForce.best(problem, served -> fairObjective(problem, fairness, served))[0];
      double got = fairObjective(problem, fairness, servedHours(problem, allocation.grants()));
      assertThat(got).as("case %d: %s", i, problem).isCloseTo(optimum, within(1e-5 * Math.max(1, optimum)));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyAllocationKeepsEveryCapAndEligibility(boolean fair) {
    HoursAllocator allocator = fair ? new HoursAllocator() : RISK_ONLY;
    Random random = new Random(fair ? 1 : 2);
    for (int i = 0; i < 300; i++) {
      AllocationProblem problem = AllocationRules.random(random, 40, 15, 8, random.nextBoolean());
      Allocation allocation = allocator.allocate(problem);
      assertThat(AllocationRules.violations(problem, allocation.grants())).as("case %d", i).isEmpty();
      assertThat(allocation.stats()).isEqualTo(AllocationStats.of(problem, allocation.grants()));
    }
  }

  @Test
  void keepsARequestWithOneExpertWhenTheHoursFit() {
    List<HoursRequest> requests = List.of(request(1, 1, "13", 4, 10, false), request(2, 2, "13", 4, 10, false),
        request(3, 3, "13", 2, 10, false));
    List<ExpertCapacity> experts = List.of(expert(10, "13", true, false, 6), expert(11, "13", true, false, 4));
    Allocation allocation = RISK_ONLY.allocate(new AllocationProblem(requests, experts, 8));
    assertThat(allocation.stats().hoursServed()).isEqualTo(10);
    assertThat(allocation.stats().requestsSplit()).isZero();
    assertThat(allocation.grants()).hasSize(3);
  }

  /**
   * Two experts of different classes (one also covers backups) meet at one code node; the heavier
   * request is packed whole into the expert whose hours fit it, not cut where the flows happen to
   * meet (the first 3 hours from the first expert, 2 from the second).
   */
  @Test
  void packsRequestsWholeIntoTheExpertWhoseHoursFitThemAcrossExpertClasses() {
    List<HoursRequest> requests = List.of(request(1, 1, "13", 5, 20, false),
        new HoursRequest(2, 2, "27", 3, 10, Set.of("NET-FW", "INC-01"), false, 2));
    List<ExpertCapacity> experts = List.of(expert(1, "13", true, false, 3),
        new ExpertCapacity(2, Set.of("NET-FW", "BACKUP-01"), Set.of("13"), true, false, 5));
    Allocation allocation = RISK_ONLY.allocate(new AllocationProblem(requests, experts, 8));
    assertThat(allocation.grants()).containsExactlyInAnyOrder(new Grant(1, 2, 5), new Grant(2, 1, 3));
    assertThat(allocation.stats().requestsSplit()).isZero();
  }

  @Test
  void givesScarceOnSiteHoursToTheRequestThatNeedsPresenceAndRemoteHoursToTheRest() {
    // An early, heavier Tokyo request that any remote expert can serve, and a Kumamoto request that
    // needs someone on site: only expert 1 (remote and on site in Kumamoto) can serve it.
    List<HoursRequest> requests = List.of(request(1, 1, "13", 4, 20, false), request(2, 2, "43", 4, 10, true));
    List<ExpertCapacity> experts = List.of(expert(1, "43", true, true, 4), expert(2, "13", true, false, 4));
    AllocationProblem problem = new AllocationProblem(requests, experts, 8);
    Allocation flow = RISK_ONLY.allocate(problem);
    Allocation fcfs = new FirstComeFirstServed().allocate(problem);
    assertThat(flow.grants()).containsExactlyInAnyOrder(new Grant(1, 2, 4), new Grant(2, 1, 4));
    assertThat(fcfs.grants()).containsExactly(new Grant(1, 1, 4));
  }

  /** Many Kanto experts working remotely, regional SMEs needing presence, few regional experts. */
  @Test
  void inAScarceRegionalScenarioServesMoreRiskThanFirstComeFirstServedAndSpreadsItMoreEvenly() {
    AllocationProblem problem = ScarceRegions.problem(new Random(2026));
    AllocationStats fcfs = new FirstComeFirstServed().allocate(problem).stats();
    AllocationStats flow = new HoursAllocator().allocate(problem).stats();
    AllocationComparison gain = flow.against(fcfs);
    assertThat(gain.extraRiskHoursServed()).isPositive();
    assertThat(gain.riskHoursServedGain()).isGreaterThan(0.05);
    assertThat(gain.fairnessIndexChange()).isPositive();
    assertThat(gain.minPrefectureShareChange()).isPositive();
  }

  @Test
  void fairnessTiersTradeSomeRiskForAMoreEvenSpread() {
    AllocationProblem problem = ScarceRegions.problem(new Random(7));
    AllocationStats riskOnly = RISK_ONLY.allocate(problem).stats();
    AllocationStats fair = new HoursAllocator(new Fairness(List.of(new Fairness.Tier(0.5, 10)))).allocate(problem).stats();
    assertThat(fair.fairnessIndex()).isGreaterThan(riskOnly.fairnessIndex());
    assertThat(fair.minPrefectureShare()).isGreaterThan(riskOnly.minPrefectureShare());
    assertThat(fair.riskHoursServed()).isLessThanOrEqualTo(riskOnly.riskHoursServed());
  }

  @Test
  void servesNothingWithoutEligibleExpertsOrWithAZeroCap() {
    assertThat(RISK_ONLY.allocate(new AllocationProblem(List.of(), List.of(), 8)).grants()).isEmpty();
    List<HoursRequest> requests = List.of(request(1, 1, "01", 3, 5, true));
    assertThat(RISK_ONLY.allocate(new AllocationProblem(requests, List.of(expert(1, "13", true, true, 5)), 8))
        .grants()).isEmpty();
    assertThat(RISK_ONLY.allocate(new AllocationProblem(requests, List.of(expert(1, "01", true, true, 5)), 0))
        .grants()).isEmpty();
  }

  /** Two operators computing a proposal at once: each solve has its own native solver. */
  @Test
  void givesTheSameAllocationWhenSeveralThreadsAllocateAtOnce() throws Exception {
    Random random = new Random(31);
    List<AllocationProblem> problems = new ArrayList<>();
    problems.add(ScarceRegions.problem(random));
    for (int i = 0; i < 7; i++) {
      problems.add(AllocationRules.random(random, 40, 15, 8, random.nextBoolean()));
    }
    HoursAllocator allocator = new HoursAllocator();
    List<Allocation> alone = problems.stream().map(allocator::allocate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(problems.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Allocation>> together = new ArrayList<>();
      for (AllocationProblem problem : problems) {
        together.add(pool.submit(() -> {
          start.await();
          return allocator.allocate(problem);
        }));
      }
      start.countDown();
      for (int i = 0; i < problems.size(); i++) {
        assertThat(together.get(i).get(1, TimeUnit.MINUTES)).as("problem %d", i).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static double fairObjective(AllocationProblem problem, Fairness fairness, int[] served) {
    double riskHours = 0;
    long hours = 0;
    Map<String, long[]> byPrefecture = new HashMap<>();
    for (int r = 0; r < served.length; r++) {
      HoursRequest request = problem.requests().get(r);
      riskHours += request.hours() * request.riskPerHour();
      hours += request.hours();
      long[] requestedServed = byPrefecture.computeIfAbsent(request.prefectureCode(), p -> new long[2]);
      requestedServed[0] += request.hours();
      requestedServed[1] += served[r];
    }
    double meanRisk = hours == 0 ? 0 : riskHours / hours;
    double value = BruteForce.risk(problem, served);
    for (long[] rs : byPrefecture.values()) {
      long lower = 0;
      for (Fairness.Tier tier : fairness.tiers()) {
        long upper = Math.min(rs[0], tier.hoursUpTo(rs[0]));
        value += tier.bonus() * meanRisk * Math.max(0, Math.min(rs[1], upper) - lower);
        lower = Math.max(lower, upper);
      }
    }
    return value;
  }

  static int[] servedHours(AllocationProblem problem, List<Grant> grants) {
    int[] served = new int[problem.requests().size()];
    for (Grant g : grants) {
      for (int r = 0; r < served.length; r++) {
        if (problem.requests().get(r).id() == g.requestId()) {
          served[r] += g.hours();
        }
      }
    }
    return served;
  }

  static HoursRequest request(long id, long company, String prefecture, int hours, double risk, boolean presence) {
    return new HoursRequest(id, company, prefecture, hours, risk, Set.of("NET-FW"), presence, id);
  }

  static ExpertCapacity expert(long id, String prefecture, boolean remote, boolean onSite, int hours) {
    return new ExpertCapacity(id, Set.of("NET-FW"), Set.of(prefecture), remote, onSite, hours);
  }

  /** Builds the scarce regional scenario. */
  static final class ScarceRegions {
    private ScarceRegions() {}

    static AllocationProblem problem(Random random) {
      String[] regions = {"01", "32", "39", "43", "47"};
      List<HoursRequest> requests = new ArrayList<>();
      List<ExpertCapacity> experts = new ArrayList<>();
      long id = 0;
      // Regional experts: one or two per prefecture, remote and on site there; they sign up first (low ids).
      for (String p : regions) {
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
          experts.add(new ExpertCapacity(++id, Set.of("NET-FW", "BACKUP-01", "INC-01"), Set.of(p), true, true, 6));
        }
      }
      // Kanto experts: many, remote only.
      for (int i = 0; i < 30; i++) {
        experts.add(new ExpertCapacity(++id, Set.of("NET-FW", "BACKUP-01", "INC-01"), Set.of(), true, false, 8));
      }
      long sequence = 0;
      // Tokyo requests come first and can all be served remotely.
      for (int i = 0; i < 80; i++) {
        requests.add(new HoursRequest(requests.size() + 1, 1000 + i, "13", 4, 20_000 + random.nextInt(20_000),
            Set.of(random.nextBoolean() ? "NET-FW" : "BACKUP-01"), false, ++sequence));
      }
      // Regional requests come later; half need someone on site.
      for (String p : regions) {
        for (int i = 0; i < 6; i++) {
          requests.add(new HoursRequest(requests.size() + 1, 2000 + requests.size(), p, 4, 20_000 + random.nextInt(30_000),
              Set.of(random.nextBoolean() ? "NET-FW" : "INC-01"), i % 2 == 0, ++sequence));
        }
      }
      return new AllocationProblem(requests, experts, 8);
    }
  }
}
