package jp.sukedachi.engagement.domain.allocation;

import static jp.sukedachi.engagement.domain.allocation.HoursAllocatorTest.expert;
import static jp.sukedachi.engagement.domain.allocation.HoursAllocatorTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstComeFirstServedTest {
  private final FirstComeFirstServed fcfs = new FirstComeFirstServed();

  @Test
  void keepsEveryCapAndEligibilityOnRandomProblems() {
    Random random = new Random(31);
    for (int i = 0; i < 500; i++) {
      AllocationProblem problem = AllocationRules.random(random, 40, 15, 8, true);
      assertThat(AllocationRules.violations(problem, fcfs.allocate(problem).grants())).as("case %d", i).isEmpty();
    }
  }

  @Test
  void servesRequestsInSequenceOrderFromTheLowestExpertIdWithFreeHours() {
    List<HoursRequest> requests = List.of(request(2, 2, "13", 3, 1, false), request(1, 1, "13", 4, 1, false));
    List<ExpertCapacity> experts = List.of(expert(20, "13", true, false, 5), expert(10, "13", true, false, 5));
    assertThat(fcfs.allocate(new AllocationProblem(requests, experts, 8)).grants())
        .containsExactly(new Grant(1, 10, 4), new Grant(2, 10, 1), new Grant(2, 20, 2));
  }

  @Test
  void stopsACompanyAtTheMonthlyCapAcrossItsRequests() {
    List<HoursRequest> requests = List.of(request(1, 7, "13", 5, 1, false), request(2, 7, "13", 5, 1, false));
    Allocation allocation = fcfs.allocate(new AllocationProblem(requests, List.of(expert(1, "13", true, false, 20)), 8));
    assertThat(allocation.grants()).containsExactly(new Grant(1, 1, 5), new Grant(2, 1, 3));
  }

  @Test
  void leavesARequestNeedingPresenceToOnSiteExpertsOfItsPrefecture() {
    List<HoursRequest> requests = List.of(request(1, 1, "43", 2, 1, true));
    List<ExpertCapacity> experts = List.of(expert(1, "13", true, true, 5), expert(2, "43", true, false, 5),
        expert(3, "43", false, true, 5));
    assertThat(fcfs.allocate(new AllocationProblem(requests, experts, 8)).grants()).containsExactly(new Grant(1, 3, 2));
  }
}
