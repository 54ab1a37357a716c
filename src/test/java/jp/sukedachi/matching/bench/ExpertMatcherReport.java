package jp.sukedachi.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import jp.sukedachi.matching.domain.ExpertMatchResult;

/**
 * Prints, as a Markdown table, what each case of {@link ExpertMatcherBenchmark} answers (matches,
 * fallback, why none) and the thread CPU time of one call after a warm-up: the mean, the median
 * and the 99th percentile of single calls. CPU time, unlike JMH's wall-clock time, barely moves
 * when other processes share the cores. Run by scripts/bench-expert-matcher.sh before JMH.
 */
public final class ExpertMatcherReport {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final int CALLS = 1_000;

  private ExpertMatcherReport() {}

  public static void main(String[] args) {
    ExpertMatcherBenchmark b = new ExpertMatcherBenchmark();
    b.setUp();
    Map<String, Supplier<ExpertMatchResult>> cases = new LinkedHashMap<>();
    cases.put("kumamoto", b::kumamoto);
    cases.put("okinawaOnSiteGap", b::okinawaOnSiteGap);
    cases.put("okinawaOnSiteOnly", b::okinawaOnSiteOnly);
    System.out.printf("%,d experts, top %d%n%n", ExpertMatcherBenchmark.EXPERTS, ExpertMatcherBenchmark.TOP);
    System.out.println("| Case | Matches | Best score | Fallback | Why none | CPU per call: mean / p50 / p99 |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, Supplier<ExpertMatchResult>> c : cases.entrySet()) {
      ExpertMatchResult r = c.getValue().get();
      double[] cpu = cpuMillis(c.getValue());
      System.out.printf("| %s | %d | %s | %s, %d experts | %s | %.2f / %.2f / %.2f ms |%n", c.getKey(),
          r.matches().size(), r.matches().isEmpty() ? "–" : String.format("%.1f", r.matches().get(0).score()),
          r.fallback().kind(), r.fallback().matches().size(),
          r.whyNone().isEmpty() ? "–" : String.join(", ", r.whyNone().stream().map(x -> x.key()).toList()),
          cpu[0], cpu[1], cpu[2]);
    }
    System.exit(0);
  }

  /** Mean, median and 99th percentile of the thread CPU time of single calls, in ms. */
  private static double[] cpuMillis(Supplier<ExpertMatchResult> call) {
    long start = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
      call.get();
    }
    long[] used = new long[CALLS];
    for (int i = 0; i < CALLS; i++) {
      long before = THREADS.getCurrentThreadCpuTime();
      call.get();
      used[i] = THREADS.getCurrentThreadCpuTime() - before;
    }
    double mean = Arrays.stream(used).average().orElse(0) / 1e6;
    Arrays.sort(used);
    return new double[] {mean, used[CALLS / 2] / 1e6, used[CALLS * 99 / 100] / 1e6};
  }
}
