package jp.sukedachi.engagement.domain.allocation;

import static jp.sukedachi.engagement.domain.allocation.HoursAllocatorTest.expert;
import static jp.sukedachi.engagement.domain.allocation.HoursAllocatorTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AllocationStatsTest {
  private final AllocationProblem problem = new AllocationProblem(
      List.of(request(1, 1, "13", 4, 100, false), request(2, 2, "13", 4, 50, false), request(3, 3, "43", 2, 10, true)),
      List.of(expert(1, "13", true, false, 4), expert(2, "43", true, true, 3)), 8);

  @Test
  void countsHoursRiskRequestsAndPrefectureShares() {
    AllocationStats s = AllocationStats.of(problem,
        List.of(new Grant(1, 1, 3), new Grant(1, 2, 1), new Grant(3, 2, 2)));
    assertThat(s.hoursRequested()).isEqualTo(10);
    assertThat(s.hoursServed()).isEqualTo(6);
    assertThat(s.riskHoursServed()).isEqualTo(4 * 100 + 2 * 10);
    assertThat(s.riskHoursRequested()).isEqualTo(400 + 200 + 20);
    assertThat(s.requestsServed()).isEqualTo(2);
    assertThat(s.requestsFullyServed()).isEqualTo(2);
    assertThat(s.requestsSplit()).isEqualTo(1);
    assertThat(s.expertHours()).isEqualTo(7);
    assertThat(s.servedShareByPrefecture()).containsExactly(Map.entry("13", 0.5), Map.entry("43", 1.0));
    assertThat(s.minPrefectureShare()).isEqualTo(0.5);
    assertThat(s.maxPrefectureShare()).isEqualTo(1.0);
    // Jain: (0.5 + 1)² / (2 · (0.25 + 1)) = 2.25 / 2.5
    assertThat(s.fairnessIndex()).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void jainsIndexIsOneWhenEvenAndOneOverNWhenOnePrefectureGetsEverything() {
    assertThat(AllocationStats.jain(List.of(0.3, 0.3, 0.3))).isCloseTo(1, within(1e-12));
    assertThat(AllocationStats.jain(List.of(0.8, 0.0, 0.0, 0.0))).isCloseTo(0.25, within(1e-12));
    assertThat(AllocationStats.jain(List.of(0.0, 0.0))).isEqualTo(1);
  }

  @Test
  void comparesWithABaseline() {
    AllocationStats better = AllocationStats.of(problem, List.of(new Grant(1, 1, 4), new Grant(3, 2, 2)));
    AllocationStats baseline = AllocationStats.of(problem, List.of(new Grant(2, 1, 4)));
    AllocationComparison c = better.against(baseline);
    assertThat(c.extraHoursServed()).isEqualTo(2);
    assertThat(c.extraRiskHoursServed()).isEqualTo(420 - 200);
    assertThat(c.riskHoursServedGain()).isCloseTo(1.1, within(1e-12));
    assertThat(c.extraRequestsServed()).isEqualTo(1);
    assertThat(c.minPrefectureShareChange()).isEqualTo(0.5);
    assertThat(c.fairnessIndexChange()).isCloseTo(0.9 - 0.5, within(1e-12));
  }

  @Test
  void refusesGrantsOutsideTheProblem() {
    assertThatThrownBy(() -> AllocationStats.of(problem, List.of(new Grant(9, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesInvalidProblems() {
    assertThatThrownBy(() -> request(1, 1, "13", -1, 1, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request(1, 1, "13", 1, Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> expert(1, "13", true, false, -2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grant(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AllocationProblem(List.of(request(1, 1, "13", 1, 1, false),
        request(2, 1, "43", 1, 1, false)), List.of(), 8)).hasMessageContaining("Company 1");
    assertThatThrownBy(() -> new AllocationProblem(List.of(request(1, 1, "13", 1, 1, false),
        request(1, 2, "13", 1, 1, false)), List.of(), 8)).hasMessageContaining("twice");
    assertThatThrownBy(() -> new AllocationProblem(List.of(), List.of(expert(1, "13", true, false, 1)), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fairness(List.of(new Fairness.Tier(0.5, 1), new Fairness.Tier(0.7, 2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HoursRequest(1, 1, " ", 1, 1, Set.of(), false, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
