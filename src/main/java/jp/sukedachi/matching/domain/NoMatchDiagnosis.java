package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.matching.domain.ExpertNeeds.Tally;
import jp.sukedachi.platform.Reason;

/**
 * Why no expert fits: for each expert who covers any of the seeker's needs, the first thing that
 * keeps it out (reach, then free hours, then rate against the budget). Fed one expert at a time
 * ({@link #visit}), so it shares a pass with {@link FallbackSearch}.
 */
final class NoMatchDiagnosis {
  private final ExpertSearch search;
  private final Tally tally;
  private final boolean[] unreached;
  private int covering;
  private int unreachable;
  private int booked;
  private int dear;
  private long cheapest = Long.MAX_VALUE;

  NoMatchDiagnosis(ExpertSearch search) {
    this.search = search;
    this.tally = new Tally(search.needs.size);
    this.unreached = new boolean[search.needs.size];
  }

  void visit(ExpertCard e) {
    ExpertNeeds needs = search.needs;
    if (needs.cover(e, search.all, tally) == 0) {
      return;
    }
    covering++;
    if (!search.comesHere(e) && !(e.remote() && needs.cover(e, search.remote, tally) > 0)) {
      unreachable++;
      needs.cover(e, search.all, tally);
      tally.markIn(unreached);
    } else if (e.freeHours() <= 0) {
      booked++;
    } else if (e.hourlyRateYen() > search.budget) {
      dear++;
      cheapest = Math.min(cheapest, e.hourlyRateYen());
    }
  }

  /** Every cause that applies: nobody covers the items, or who covers them cannot come, is booked, is too dear. */
  List<Reason> reasons() {
    ExpertReasons why = search.why;
    if (covering == 0) {
      return List.of(why.noCoverage());
    }
    List<Reason> r = new ArrayList<>();
    if (unreachable > 0) {
      r.add(why.unreachable(unreached));
    }
    if (booked > 0) {
      r.add(why.fullyBooked(booked));
    }
    if (dear > 0) {
      r.add(why.overBudget(dear, cheapest));
    }
    return r;
  }
}
