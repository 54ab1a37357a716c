package jp.sukedachi.engagement.domain.allocation;

import java.util.List;
import java.util.Objects;

/**
 * Allocates a month's scarce expert hours over all open requests as a minimum-cost flow, solved
 * by JGraphT's {@link org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow}.
 *
 * <p>TODO document after measuring.
 */
public final class HoursAllocator {
  private final Fairness fairness;

  /** An allocator with the {@linkplain Fairness#DEFAULT default} fairness across prefectures. */
  public HoursAllocator() {
    this(Fairness.DEFAULT);
  }

  public HoursAllocator(Fairness fairness) {
    this.fairness = Objects.requireNonNull(fairness, "fairness");
  }

  public Fairness fairness() {
    return fairness;
  }

  /** The allocation that serves the most weighted hours within every cap and eligibility rule. */
  public Allocation allocate(AllocationProblem problem) {
    AllocationNetwork net = AllocationNetwork.of(problem, fairness);
    int[] flow = net.solve();
    List<Grant> grants = new FlowGrants(net, flow).grants();
    return Allocation.of(problem, grants);
  }
}
