package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.matching.domain.ExpertNeeds.Tally;
import jp.sukedachi.matching.domain.ExpertReasons.Standing;

/**
 * The experts offered for the on-site items nobody in the seeker's prefecture covers: on-site
 * experts of its region first, else remote experts who guide the seeker through them. Fed one
 * expert at a time ({@link #visit}), so it shares a pass with {@link NoMatchDiagnosis}.
 */
final class FallbackSearch {
  private final ExpertSearch search;
  private final boolean[] missing;
  private final long[] wanted;
  private final TopExperts inRegion;
  private final TopExperts guiding;
  private final boolean[] regionCovers;
  private final boolean[] remoteCovers;
  private final Tally tally;

  FallbackSearch(ExpertSearch search, boolean[] missing) {
    this.search = search;
    this.missing = missing;
    this.wanted = search.needs.bits(missing);
    this.inRegion = new TopExperts(search.top);
    this.guiding = new TopExperts(search.top);
    this.regionCovers = new boolean[missing.length];
    this.remoteCovers = new boolean[missing.length];
    this.tally = new Tally(missing.length);
  }

  void visit(ExpertCard e) {
    if (!search.bookable(e)) {
      return;
    }
    boolean near = search.inRegion(e);
    if ((near || e.remote()) && search.needs.cover(e, wanted, tally) > 0) {
      tally.markIn(near ? regionCovers : remoteCovers);
      (near ? inRegion : guiding).offer(e, search.score(e, tally.risk));
    }
  }

  Fallback result() {
    if (!inRegion.isEmpty()) {
      return offer(Fallback.Kind.REGION, inRegion, regionCovers, Standing.REGION);
    }
    if (!guiding.isEmpty()) {
      return offer(Fallback.Kind.REMOTE, guiding, remoteCovers, Standing.REMOTE_GUIDANCE);
    }
    return new Fallback(Fallback.Kind.NONE, List.of(search.why.fallback(Fallback.Kind.NONE, missing)), List.of());
  }

  private Fallback offer(Fallback.Kind kind, TopExperts found, boolean[] covered, Standing standing) {
    long[] reach = search.needs.bits(covered);
    List<ExpertMatch> offered = new ArrayList<>();
    for (TopExperts.Entry m : found.bestFirst()) {
      offered.add(search.match(m, reach, standing));
    }
    return new Fallback(kind, List.of(search.why.fallback(kind, covered)), offered);
  }
}
