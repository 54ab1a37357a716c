package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.sukedachi.guidance.domain.Knapsack.Item;
import jp.sukedachi.guidance.domain.Knapsack.Problem;
import jp.sukedachi.guidance.domain.Knapsack.Selection;
import org.junit.jupiter.api.Test;

/** Legal duties are taken first, with what they need, while they fit; the optimiser picks the rest. */
class RequiredFirstTest {
  private final PlanOptimiser optimiser = new PlanOptimiser();

  private static Item item(String code, long oneOff, double strength, List<Integer> prerequisites,
      List<Integer> conflicts) {
    return new Item(code, oneOff, 0, 0, new double[] {strength}, prerequisites, conflicts);
  }

  @Test
  void aRequiredItemAndItsPrerequisiteAreTakenEvenWhenOthersRemoveMore() {
    Problem p = new Problem(new double[] {100}, List.of(
        item("BIG", 80, 0.9, List.of(), List.of()),
        item("DUTY", 30, 0.1, List.of(2), List.of()),
        item("GROUND", 30, 0.1, List.of(), List.of())), 0, 100, 10);
    assertThat(optimiser.solve(p).chosen()).containsExactly(true, false, false);

    Selection s = RequiredFirst.solve(optimiser, p, List.of(1));
    assertThat(s.chosen()).as("the duty, the ground it needs, and no room left for BIG").containsExactly(false, true, true);
    assertThat(p.feasible(s.chosen())).isTrue();
    assertThat(s.removed()).isCloseTo(p.removedBy(s.chosen()), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aRequiredItemThatDoesNotFitIsLeftAndTheRestIsStillOptimised() {
    Problem p = new Problem(new double[] {100}, List.of(
        item("DUTY", 200, 0.5, List.of(), List.of()),
        item("CHEAP", 50, 0.4, List.of(), List.of())), 0, 100, 10);
    assertThat(RequiredFirst.solve(optimiser, p, List.of(0)).chosen()).containsExactly(false, true);
  }

  @Test
  void whatConflictsWithARequiredItemIsNeverChosenAndWhatNeedsItNoLongerWaits() {
    Problem p = new Problem(new double[] {100}, List.of(
        item("DUTY", 10, 0.2, List.of(), List.of(1)),
        item("OTHER_WAY", 10, 0.6, List.of(), List.of(0)),
        item("NEEDS_DUTY", 10, 0.3, List.of(0), List.of())), 0, 100, 10);
    assertThat(RequiredFirst.solve(optimiser, p, List.of(0)).chosen()).containsExactly(true, false, true);
  }
}
