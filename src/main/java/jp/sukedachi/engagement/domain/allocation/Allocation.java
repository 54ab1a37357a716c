package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A proposed allocation for a month: the grants, and what they serve. */
public record Allocation(List<Grant> grants, AllocationStats stats) implements Serializable {

  public Allocation {
    grants = List.copyOf(grants);
    Objects.requireNonNull(stats, "stats");
  }

  /** The grants of a problem with their figures. */
  public static Allocation of(AllocationProblem problem, List<Grant> grants) {
    return new Allocation(grants, AllocationStats.of(problem, grants));
  }
}
