package jp.sukedachi.engagement.bench;

import java.util.concurrent.TimeUnit;
import jp.sukedachi.engagement.domain.allocation.Allocation;
import jp.sukedachi.engagement.domain.allocation.AllocationProblem;
import jp.sukedachi.engagement.domain.allocation.FirstComeFirstServed;
import jp.sukedachi.engagement.domain.allocation.HoursAllocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A month's program-wide allocation on the national data set ({@link NationalDataSet}): the
 * min-cost-flow allocator and the first-come-first-served baseline, single shot, at the issue's
 * target size: 100,000 requests and 20,000 experts (other sizes: {@code -p requests=10000}). Run
 * with scripts/bench-allocation.sh; results in docs/benchmarks.md, "Allocation of scarce expert hours".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllocationBenchmark {
  static final long SEED = 20260501L;

  /** Requests in the month; experts are a fifth of that (100,000 and 20,000 is the target). */
  @Param({"100000"})
  int requests;

  private AllocationProblem problem;

  @Setup
  public void setUp() {
    problem = NationalDataSet.generate(SEED, requests, requests / 5, 8);
  }

  @Benchmark
  public Allocation minCostFlow() {
    return new HoursAllocator().allocate(problem);
  }

  @Benchmark
  public Allocation firstComeFirstServed() {
    return new FirstComeFirstServed().allocate(problem);
  }
}
