package jp.sukedachi.matching.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.sukedachi.matching.domain.ExpertCard;
import jp.sukedachi.matching.domain.ExpertMatchResult;
import jp.sukedachi.matching.domain.ExpertMatcher;
import jp.sukedachi.matching.domain.ExpertSeeker;
import jp.sukedachi.matching.domain.Fallback;
import jp.sukedachi.matching.domain.RandomExperts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The expert matcher ranking the top 20 of 50,000 generated experts (seeded; 60% living in
 * Kanto, 3–24 skills of 40 deliverable measures, remote and/or on site in 1–4 nearby
 * prefectures, ¥3,000–20,000 an hour, a tenth fully booked, 30% unrated) for an SME with 15 open
 * items, 4 of them on site, ¥50,000 a month:
 * <ul>
 *   <li>{@code kumamoto}: matches for every item, no fallback (one pass);
 *   <li>{@code okinawaOnSiteGap}: nobody comes on site to Okinawa, so its on-site items get a
 *       remote-guidance fallback next to the remote matches (two passes);
 *   <li>{@code okinawaOnSiteOnly}: only on-site items, so nobody fits: why, and the fallback
 *       (three passes).
 * </ul>
 * Run with {@code scripts/bench-expert-matcher.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExpertMatcherBenchmark {
  static final int EXPERTS = 50_000;
  static final int TOP = 20;

  private final ExpertMatcher matcher = new ExpertMatcher();
  private List<ExpertCard> experts;
  private ExpertSeeker kumamoto;
  private ExpertSeeker okinawa;
  private ExpertSeeker okinawaOnSite;

  @Setup
  public void setUp() {
    experts = RandomExperts.cards(EXPERTS, 9);
    kumamoto = RandomExperts.seeker("43", 15, 4, 9);
    okinawa = RandomExperts.seeker("47", 15, 4, 9);
    okinawaOnSite = RandomExperts.seeker("47", 4, 4, 9);
    check("kumamoto", kumamoto(), TOP, Fallback.Kind.NONE);
    check("okinawaOnSiteGap", okinawaOnSiteGap(), TOP, Fallback.Kind.REMOTE);
    check("okinawaOnSiteOnly", okinawaOnSiteOnly(), 0, Fallback.Kind.REMOTE);
  }

  @Benchmark
  public ExpertMatchResult kumamoto() {
    return matcher.match(kumamoto, experts, TOP);
  }

  @Benchmark
  public ExpertMatchResult okinawaOnSiteGap() {
    return matcher.match(okinawa, experts, TOP);
  }

  @Benchmark
  public ExpertMatchResult okinawaOnSiteOnly() {
    return matcher.match(okinawaOnSite, experts, TOP);
  }

  /** The generated data gives each case what it claims to measure. */
  private static void check(String name, ExpertMatchResult r, int matches, Fallback.Kind fallback) {
    boolean as = r.matches().size() == matches && r.fallback().kind() == fallback
        && (fallback == Fallback.Kind.NONE || r.fallback().matches().size() == TOP);
    if (!as) {
      throw new IllegalStateException(name + ": the generated experts give " + r.matches().size()
          + " matches and a fallback " + r.fallback().kind() + " of " + r.fallback().matches().size());
    }
  }
}
