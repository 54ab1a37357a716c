package jp.sukedachi.engagement.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import jp.sukedachi.engagement.domain.allocation.Allocation;
import jp.sukedachi.engagement.domain.allocation.AllocationProblem;
import jp.sukedachi.engagement.domain.allocation.AllocationStats;
import jp.sukedachi.engagement.domain.allocation.Fairness;
import jp.sukedachi.engagement.domain.allocation.FirstComeFirstServed;
import jp.sukedachi.engagement.domain.allocation.HoursAllocator;

/**
 * Prints, for the national data set, what first come, first served and the allocator serve, how
 * evenly across prefectures, how long each took, the peak heap and the peak resident memory (the
 * solver's native memory is outside the heap). Run by scripts/bench-allocation.sh.
 * Arguments: number of requests (default 100,000; experts are a fifth of that), seed.
 */
public final class AllocationReport {
  private AllocationReport() {}

  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : AllocationBenchmark.SEED;
    AllocationProblem problem = NationalDataSet.generate(seed, requests, requests / 5, 8);
    System.out.printf(Locale.ROOT, "Data set (seed %d): %,d requests (%,d hours), %,d experts (%,d hours), SME cap %d h%n",
        seed, problem.requests().size(), problem.hoursRequested(), problem.experts().size(),
        problem.expertHours(), problem.smeMonthlyHours());
    long load = System.nanoTime();
    new HoursAllocator().allocate(new AllocationProblem(List.of(), List.of(), problem.smeMonthlyHours()));
    System.out.printf(Locale.ROOT, "Loading OR-Tools' native library (once per JVM): %.2f s%n", (System.nanoTime() - load) / 1e9);
    AllocationStats fcfs = timed("first come, first served", () -> new FirstComeFirstServed().allocate(problem));
    for (Fairness fairness : new Fairness[] {Fairness.NONE, Fairness.DEFAULT}) {
      String name = "min-cost flow, fairness " + (fairness.tiers().isEmpty() ? "none" : "default " + fairness.tiers());
      AllocationStats flow = timed(name, () -> new HoursAllocator(fairness).allocate(problem));
      var c = flow.against(fcfs);
      System.out.printf(Locale.ROOT, "  vs FCFS: %+,d hours (%+.1f %%), %+,.0f risk-weighted hours (%+.1f %%), "
              + "%+,d requests served, Jain %+.3f, min share %+.3f, max share %+.3f%n",
          c.extraHoursServed(), 100 * c.hoursServedGain(), c.extraRiskHoursServed(), 100 * c.riskHoursServedGain(),
          c.extraRequestsServed(), c.fairnessIndexChange(), c.minPrefectureShareChange(), c.maxPrefectureShareChange());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "Peak heap (sum of the heap pools' peaks): %,d MB of max %,d MB%n",
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    peakResidentMegabytes().ifPresent(mb -> System.out.printf(Locale.ROOT,
        "Peak resident memory of the JVM (VmHWM: heap, the JVM itself and the solver's native memory): %,d MB%n", mb));
  }

  /** The process's peak resident set size, where /proc tells it (Linux). */
  private static OptionalLong peakResidentMegabytes() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10)
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static AllocationStats timed(String name, java.util.function.Supplier<Allocation> run) {
    long start = System.nanoTime();
    AllocationStats s = run.get().stats();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %.2f s%n  served %,d of %,d hours (%.1f %%), risk-weighted %,.0f of %,.0f (%.1f %%), "
            + "requests served %,d (fully %,d, split %,d) of %,d%n  prefecture shares: Jain %.3f, min %.3f, max %.3f%n",
        name, seconds, s.hoursServed(), s.hoursRequested(), 100.0 * s.hoursServed() / s.hoursRequested(),
        s.riskHoursServed(), s.riskHoursRequested(), 100 * s.riskHoursServed() / s.riskHoursRequested(),
        s.requestsServed(), s.requestsFullyServed(), s.requestsSplit(), s.requests(),
        s.fairnessIndex(), s.minPrefectureShare(), s.maxPrefectureShare());
    return s;
  }
}
