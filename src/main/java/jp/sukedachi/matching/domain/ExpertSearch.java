package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import jp.sukedachi.matching.domain.ExpertNeeds.Tally;
import jp.sukedachi.matching.domain.ExpertReasons.Standing;

/**
 * One seeker's search: its needs indexed as bit masks, its prefecture and region as bits, what
 * makes an expert bookable and reaching; the ranking pass and the building of an explained match.
 */
final class ExpertSearch {
  final ExpertSeeker seeker;
  final int top;
  final ExpertNeeds needs;
  final ExpertReasons why;
  final long budget;
  /** Needs by reach, as code bits: any need, those needing no presence, those needing it. */
  final long[] all;
  final long[] remote;
  final long[] onSite;
  /** The code bits of the seeker's prefecture and region, -1 when not given. */
  private final int prefecture;
  private final int region;
  private final Tally tally;

  ExpertSearch(ExpertSeeker seeker, int top) {
    this.seeker = seeker;
    this.top = top;
    this.needs = new ExpertNeeds(seeker.needs());
    this.why = new ExpertReasons(seeker, needs);
    this.budget = seeker.monthlyBudgetYen();
    this.all = needs.bits(needs.all);
    this.remote = needs.bits(needs.remote);
    this.onSite = needs.bits(needs.onSite);
    this.prefecture = seeker.prefectureCode() == null ? -1 : CodeSet.Kind.PREFECTURE.bit(seeker.prefectureCode());
    this.region = seeker.region() == null ? -1 : CodeSet.Kind.REGION.bit(seeker.region());
    this.tally = new Tally(needs.size);
  }

  /** The best {@link #top} bookable experts covering a need they reach; marks the needs reached. */
  List<ExpertMatch> rank(Collection<ExpertCard> experts, boolean[] reached) {
    TopExperts best = new TopExperts(top);
    boolean remoteNeeds = ExpertNeeds.any(needs.remote);
    for (ExpertCard e : experts) {
      if (bookable(e)) {
        boolean here = comesHere(e);
        if ((here || e.remote() && remoteNeeds) && needs.cover(e, here ? all : remote, tally) > 0) {
          tally.markIn(reached);
          best.offer(e, score(e, tally.risk));
        }
      }
    }
    List<ExpertMatch> matches = new ArrayList<>();
    for (TopExperts.Entry m : best.bestFirst()) {
      boolean here = comesHere(m.expert());
      matches.add(match(m, here ? all : remote, here ? Standing.ON_SITE_HERE : Standing.REMOTE));
    }
    return matches;
  }

  /** Free hours this month, and one hour fits the monthly budget. */
  boolean bookable(ExpertCard e) {
    return e.freeHours() > 0 && e.hourlyRateYen() <= budget;
  }

  boolean comesHere(ExpertCard e) {
    return e.onSite() && prefecture >= 0 && ((CodeSet) e.prefectures()).has(prefecture);
  }

  boolean inRegion(ExpertCard e) {
    return e.onSite() && region >= 0 && ((CodeSet) e.regions()).has(region);
  }

  double score(ExpertCard e, long risk) {
    return ExpertMatcher.score(e, risk, needs, budget);
  }

  /** The match of a ranked expert on the needs of {@code reach}, with its reasons. */
  ExpertMatch match(TopExperts.Entry m, long[] reach, Standing standing) {
    ExpertCard e = m.expert();
    needs.cover(e, reach, tally);
    int[] covered = why.byRisk(Arrays.copyOf(tally.covered, tally.count));
    long risk = tally.risk;
    int[] missed = new int[0];
    if (standing == Standing.REMOTE) {
      needs.cover(e, onSite, tally);
      missed = why.byRisk(Arrays.copyOf(tally.covered, tally.count));
    }
    List<String> codes = new ArrayList<>();
    for (int i : covered) {
      codes.add(needs.get(i).measureCode());
    }
    boolean remoteOnly = standing == Standing.REMOTE || standing == Standing.REMOTE_GUIDANCE;
    return new ExpertMatch(e, m.score(), risk, codes, remoteOnly,
        why.matched(e, covered, risk, needs.hours(covered), standing, missed));
  }
}
