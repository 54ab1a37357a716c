package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;

/**
 * The words of expert matching: why an expert is ranked, why nobody fits, what is offered
 * instead. Keys {@code expertMatch.*} in the {@code messages} bundles; prefectures are named with
 * the service matching's {@code match.prefecture.*} keys.
 */
final class ExpertReasons {
  /** How many item titles a sentence names before "and N more". */
  static final int TITLES = 3;

  /** How the expert reaches the seeker's items. */
  enum Standing { ON_SITE_HERE, REMOTE, REGION, REMOTE_GUIDANCE }

  private final ExpertSeeker seeker;
  private final ExpertNeeds needs;

  ExpertReasons(ExpertSeeker seeker, ExpertNeeds needs) {
    this.seeker = seeker;
    this.needs = needs;
  }

  /**
   * @param covered the needs the expert covers and reaches, highest risk first
   * @param missed the on-site needs the expert covers but cannot reach (for a remote match)
   */
  List<Reason> matched(ExpertCard e, int[] covered, double risk, double hours, Standing standing,
      int[] missed) {
    List<Reason> r = new ArrayList<>();
    r.add(Reason.of("expertMatch.reason.covers", titles(covered), covered.length, needs.size, about(risk)));
    switch (standing) {
      case ON_SITE_HERE -> r.add(e.remote() ? Reason.of("expertMatch.reason.onSiteAndRemote", prefecture())
          : Reason.of("expertMatch.reason.onSite", prefecture()));
      case REMOTE -> {
        r.add(Reason.of("expertMatch.reason.remoteOnly", prefecture()));
        if (missed.length > 0) {
          r.add(Reason.of("expertMatch.reason.notOnSiteHere", titles(missed)));
        }
      }
      case REGION -> r.add(Reason.of("expertMatch.reason.region", prefecture(), region()));
      case REMOTE_GUIDANCE -> r.add(Reason.of("expertMatch.reason.remoteGuidance", titles(covered)));
    }
    r.add(price(e, hours));
    r.add(e.freeSlots() > 0 ? Reason.of("expertMatch.reason.slots", e.freeSlots())
        : Reason.of("expertMatch.reason.noSlots"));
    r.add(rating(e));
    r.add(Reason.of("expertMatch.reason.hoursLeft", e.freeHours(), e.monthlyHours()));
    return r;
  }

  private Reason price(ExpertCard e, double hours) {
    long rate = e.hourlyRateYen();
    double roundedHours = Math.round(hours * 10) / 10.0;
    if (rate == 0) {
      return Reason.of("expertMatch.reason.noCharge", roundedHours);
    }
    long cost = Math.round(hours * rate);
    long budget = seeker.monthlyBudgetYen();
    return cost <= budget
        ? Reason.of("expertMatch.reason.withinBudget", rate, roundedHours, cost, budget)
        : Reason.of("expertMatch.reason.overBudget", rate, roundedHours, cost, budget, budget / rate);
  }

  private static Reason rating(ExpertCard e) {
    double counted = ExpertMatcher.rankingRating(e);
    if (!e.rated()) {
      return Reason.of("expertMatch.reason.notRated", counted);
    }
    return e.ratingCount() < ExpertMatcher.RATING_PRIOR_WEIGHT
        ? Reason.of("expertMatch.reason.ratedFew", e.ratingAverage(), e.ratingCount(), counted)
        : Reason.of("expertMatch.reason.rated", e.ratingAverage(), e.ratingCount());
  }

  Reason noNeeds() {
    return Reason.of("expertMatch.none.noNeeds");
  }

  Reason noCoverage() {
    return Reason.of("expertMatch.none.noCoverage", titles(needs.all));
  }

  /** Experts cover these on-site items but none comes on site to the seeker's prefecture. */
  Reason unreachable(boolean[] items) {
    return seeker.prefectureCode() == null ? Reason.of("expertMatch.none.noPrefecture", titles(items))
        : Reason.of("expertMatch.none.unreachable", titles(items), prefecture());
  }

  Reason fullyBooked(int experts) {
    return Reason.of("expertMatch.none.fullyBooked", experts);
  }

  Reason overBudget(int experts, long cheapestRate) {
    return Reason.of("expertMatch.none.overBudget", experts, cheapestRate, seeker.monthlyBudgetYen());
  }

  Reason fallback(Fallback.Kind kind, boolean[] items) {
    return switch (kind) {
      case REGION -> Reason.of("expertMatch.fallback.region", titles(items), prefecture(), region());
      case REMOTE -> Reason.of("expertMatch.fallback.remote", titles(items), prefecture());
      case NONE -> Reason.of("expertMatch.fallback.nobody", titles(items), prefecture());
    };
  }

  private Reason prefecture() {
    return seeker.prefectureCode() == null ? Reason.of("match.prefecture.unset")
        : Reason.of("match.prefecture." + seeker.prefectureCode());
  }

  private Reason region() {
    return Reason.of("expertMatch.region." + seeker.region());
  }

  /** The needs of a mask, highest risk first. */
  int[] byRisk(boolean[] mask) {
    int[] out = new int[needs.size];
    int n = 0;
    for (int i = 0; i < needs.size; i++) {
      if (mask[i]) {
        out[n++] = i;
      }
    }
    return byRisk(Arrays.copyOf(out, n));
  }

  /** The same needs, highest risk first, then in the seeker's order. */
  int[] byRisk(int[] indices) {
    return Arrays.stream(indices).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -needs.get(i).riskYen()).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  private Object titles(boolean[] mask) {
    return titles(byRisk(mask));
  }

  /** The first {@value #TITLES} titles, then "and N more". */
  private Object titles(int[] indices) {
    int shown = Math.min(TITLES, indices.length);
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < shown; k++) {
      Bilingual t = needs.get(indices[k]).title();
      ja.add(t.ja());
      en.add(t.en());
    }
    Bilingual named = new Bilingual(String.join("、", ja), String.join(", ", en));
    return indices.length > shown ? Reason.of("expertMatch.titles.more", named, indices.length - shown) : named;
  }

  /** About this many yen: three significant figures (¥1,234,567 → ¥1,230,000). */
  static long about(double yen) {
    if (yen < 1_000) {
      return Math.round(yen);
    }
    double unit = Math.pow(10, Math.floor(Math.log10(yen)) - 2);
    return Math.round(Math.round(yen / unit) * unit);
  }
}
