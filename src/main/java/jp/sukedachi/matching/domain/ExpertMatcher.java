package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import jp.sukedachi.matching.domain.ExpertNeeds.Tally;
import jp.sukedachi.matching.domain.ExpertReasons.Standing;
import jp.sukedachi.platform.Reason;

/**
 * Ranks verified experts for an SME's open plan items that an expert can deliver, and says why.
 * Same inputs, same result.
 *
 * <p><b>Who is ranked.</b> An expert who covers at least one of the SME's needs it can reach,
 * has free hours this month ({@code freeHours > 0}) and whose rate lets the SME book at least
 * one hour within its monthly budget ({@code hourlyRateYen <= monthlyBudgetYen}; an expert
 * whose one hour costs more than the whole month's budget cannot be booked without
 * overspending). An item that needs presence is reachable only by an on-site expert whose
 * prefectures include the SME's; any other item by a remote expert or by such an on-site
 * expert. No free slot in the wanted window does not exclude (the SME can still ask for "N hours
 * this month"); it ranks lower.
 *
 * <p><b>Score</b>, 0–100, the sum of five terms each between 0 and 1, weighted in this order:
 * <pre>
 *   40 × risk         the yearly risk of the covered, reachable items ÷ the risk of all the SME's needs
 * + 25 × affordable   B ÷ (B + rate × H): B the monthly budget, H the hours all the SME's needs take
 *                     (1 when the expert charges nothing)
 * + 15 × slots        min(free slots in the wanted window, 4) ÷ 4
 * + 12 × rating       (counted rating − 1) ÷ 4, counted rating = (5 × 4.0 + n × average) ÷ (5 + n)
 * +  8 × spare        free hours ÷ monthly hours (at most 1)
 * </pre>
 * The price is compared on the same work for every expert (all of the SME's needs), so a
 * cheaper expert always ranks above a dearer one that covers the same items, and an expert who
 * can do more items at the same rate never ranks lower for it (the SME books only the hours it
 * wants). The reasons still price the items this expert covers against the budget. The rating
 * is a Bayesian average: every expert starts as if five SMEs had rated 4.0, so one 5-star
 * rating (counted 4.2) does not beat twenty 4.8s (counted 4.6), and an expert without ratings
 * counts as 4.0. Spare capacity prefers experts who still have hours, so the load spreads.
 * Equal scores rank by expert id.
 *
 * <p><b>Reasons</b> of every match: the items it covers and the yearly risk they carry; whether
 * it comes on site to the SME's prefecture or helps remotely (and which on-site items it then
 * cannot do); its rate, the covered items' hours and cost within or over the monthly budget
 * (over: how many hours the budget pays for); free slots; its rating; hours left this month.
 *
 * <p><b>Nobody fits</b>: {@code whyNone} gives every cause that applies, in this order: no
 * open item an expert can help with; no verified expert covers the items; experts cover on-site
 * items but none comes to the SME's prefecture (or the SME has not given its prefecture); the
 * experts who could help are fully booked this month; they charge more per hour than the monthly
 * budget (with the cheapest rate).
 *
 * <p><b>Fallback</b>, whenever some item that needs presence is covered by no expert who could be
 * ranked for it (bookable and coming to the SME's prefecture), whether or not other items found
 * matches: on-site experts of the
 * SME's region ({@code seeker.region()} among {@code card.regions()}) who cover such an item
 * ({@link Fallback.Kind#REGION}); when there are none, remote experts who guide the SME through
 * such an item while someone in the company does the on-site part ({@link Fallback.Kind#REMOTE});
 * when there are none either, {@link Fallback.Kind#NONE} with a sentence saying so. Remote
 * experts for items that need no presence are not a fallback: they are already matches. Fallback
 * experts must have free hours and an affordable rate, are scored the same way on the on-site
 * items they cover, and each carries a reason saying it is not in the SME's prefecture.
 *
 * <p><b>Cost</b>: one pass over the experts with a bounded heap of {@code top} (a second pass
 * only for a fallback, a third only to say why nobody fits); the SME's needs are indexed once
 * per call as bit masks, and what an expert covers and where it goes are ANDs on its
 * {@link ExpertCard} code sets, so an expert costs no hash lookup and no allocation.
 */
public final class ExpertMatcher {
  public static final double WEIGHT_RISK = 40;
  public static final double WEIGHT_AFFORDABLE = 25;
  public static final double WEIGHT_SLOTS = 15;
  public static final double WEIGHT_RATING = 12;
  public static final double WEIGHT_SPARE = 8;
  /** Free slots from which the slots term is full. */
  public static final int FULL_SLOTS = 4;
  /** The rating every expert starts from before SMEs rate. */
  public static final double RATING_PRIOR = 4.0;
  /** As if this many SMEs had rated {@link #RATING_PRIOR}. */
  public static final int RATING_PRIOR_WEIGHT = 5;

  /**
   * @param experts verified, matchable experts only
   * @param top how many matches at most (at least 1)
   */
  public ExpertMatchResult match(ExpertSeeker seeker, Collection<ExpertCard> experts, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("Ask for at least one match");
    }
    return new Run(seeker, experts, top).result();
  }

  /** The rating the ranking counts: the average shrunk toward {@link #RATING_PRIOR}. */
  public static double rankingRating(ExpertCard e) {
    if (!e.rated()) {
      return RATING_PRIOR;
    }
    double average = Math.max(1, Math.min(5, e.ratingAverage()));
    return (RATING_PRIOR_WEIGHT * RATING_PRIOR + e.ratingCount() * average) / (RATING_PRIOR_WEIGHT + e.ratingCount());
  }

  /** One call: the seeker's needs indexed, a scratch tally, the passes. */
  private static final class Run {
    private final ExpertSeeker seeker;
    private final Collection<ExpertCard> experts;
    private final int top;
    private final ExpertNeeds needs;
    private final ExpertReasons why;
    private final Tally tally;
    private final long budget;
    private final long[] all;
    private final long[] remote;
    private final long[] onSite;
    /** The code bits of the seeker's prefecture and region, -1 when not given. */
    private final int prefecture;
    private final int region;

    Run(ExpertSeeker seeker, Collection<ExpertCard> experts, int top) {
      this.seeker = seeker;
      this.experts = experts;
      this.top = top;
      this.needs = new ExpertNeeds(seeker.needs());
      this.why = new ExpertReasons(seeker, needs);
      this.tally = new Tally(needs.size);
      this.budget = seeker.monthlyBudgetYen();
      this.all = needs.bits(needs.all);
      this.remote = needs.bits(needs.remote);
      this.onSite = needs.bits(needs.onSite);
      this.prefecture = seeker.prefectureCode() == null ? -1 : CodeSet.Kind.PREFECTURE.bit(seeker.prefectureCode());
      this.region = seeker.region() == null ? -1 : CodeSet.Kind.REGION.bit(seeker.region());
    }

    ExpertMatchResult result() {
      if (needs.size == 0) {
        return new ExpertMatchResult(List.of(), List.of(why.noNeeds()), Fallback.none());
      }
      boolean[] reached = new boolean[needs.size];
      TopExperts best = new TopExperts(top);
      for (ExpertCard e : experts) {
        if (bookable(e)) {
          boolean here = comesHere(e);
          if ((here || e.remote()) && needs.cover(e, here ? all : remote, tally) > 0) {
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
      boolean[] missing = needs.onSiteNotIn(reached);
      Fallback fallback = ExpertNeeds.any(missing) ? fallback(missing) : Fallback.none();
      return new ExpertMatchResult(matches, matches.isEmpty() ? whyNone() : List.of(), fallback);
    }

    private boolean bookable(ExpertCard e) {
      return e.freeHours() > 0 && e.hourlyRateYen() <= budget;
    }

    private boolean comesHere(ExpertCard e) {
      return e.onSite() && prefecture >= 0 && ((CodeSet) e.prefectures()).has(prefecture);
    }

    private boolean inRegion(ExpertCard e) {
      return e.onSite() && region >= 0 && ((CodeSet) e.regions()).has(region);
    }

    private double score(ExpertCard e, long risk) {
      double riskShare = needs.totalRisk > 0 ? (double) risk / needs.totalRisk : 0;
      double work = e.hourlyRateYen() * needs.totalHours;
      double affordable = work <= 0 ? 1 : budget / (budget + work);
      double slots = Math.min(e.freeSlots(), FULL_SLOTS) / (double) FULL_SLOTS;
      double rating = (rankingRating(e) - 1) / 4;
      double spare = e.monthlyHours() > 0 ? Math.min(1, (double) e.freeHours() / e.monthlyHours()) : 0;
      return WEIGHT_RISK * riskShare + WEIGHT_AFFORDABLE * affordable + WEIGHT_SLOTS * slots
          + WEIGHT_RATING * rating + WEIGHT_SPARE * spare;
    }

    private ExpertMatch match(TopExperts.Entry m, long[] reach, Standing standing) {
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

    /** Region first, else remote guidance, for the on-site items nobody here covers. */
    private Fallback fallback(boolean[] missing) {
      long[] wanted = needs.bits(missing);
      TopExperts inRegion = new TopExperts(top);
      TopExperts guiding = new TopExperts(top);
      boolean[] regionCovers = new boolean[needs.size];
      boolean[] remoteCovers = new boolean[needs.size];
      for (ExpertCard e : experts) {
        boolean near = inRegion(e);
        if (bookable(e) && (near || e.remote()) && needs.cover(e, wanted, tally) > 0) {
          tally.markIn(near ? regionCovers : remoteCovers);
          (near ? inRegion : guiding).offer(e, score(e, tally.risk));
        }
      }
      if (!inRegion.isEmpty()) {
        return fallback(Fallback.Kind.REGION, inRegion, regionCovers, Standing.REGION);
      }
      if (!guiding.isEmpty()) {
        return fallback(Fallback.Kind.REMOTE, guiding, remoteCovers, Standing.REMOTE_GUIDANCE);
      }
      return new Fallback(Fallback.Kind.NONE, List.of(why.fallback(Fallback.Kind.NONE, missing)), List.of());
    }

    private Fallback fallback(Fallback.Kind kind, TopExperts found, boolean[] covered, Standing standing) {
      long[] reach = needs.bits(covered);
      List<ExpertMatch> offered = new ArrayList<>();
      for (TopExperts.Entry m : found.bestFirst()) {
        offered.add(match(m, reach, standing));
      }
      return new Fallback(kind, List.of(why.fallback(kind, covered)), offered);
    }

    /** Every cause that applies, nearest to a match last. */
    private List<Reason> whyNone() {
      int covering = 0;
      int unreachable = 0;
      int booked = 0;
      int dear = 0;
      long cheapest = Long.MAX_VALUE;
      boolean[] unreached = new boolean[needs.size];
      for (ExpertCard e : experts) {
        if (needs.cover(e, all, tally) == 0) {
          continue;
        }
        covering++;
        if (!comesHere(e) && !(e.remote() && needs.cover(e, remote, tally) > 0)) {
          unreachable++;
          needs.cover(e, all, tally);
          tally.markIn(unreached);
        } else if (e.freeHours() <= 0) {
          booked++;
        } else if (e.hourlyRateYen() > budget) {
          dear++;
          cheapest = Math.min(cheapest, e.hourlyRateYen());
        }
      }
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
}
