package jp.sukedachi.matching.domain;

import java.util.Collection;
import java.util.List;

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
 * this month"); it ranks lower. A budget of 0 therefore admits only experts who charge nothing.
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
 * <p><b>Fallback</b>, whenever some item that needs presence is covered by no expert who could
 * be ranked for it (bookable and coming to the SME's prefecture), whether or not other items
 * found matches: on-site experts of the SME's region ({@code seeker.region()} among
 * {@code card.regions()}) who cover such an item ({@link Fallback.Kind#REGION}); when there are
 * none, remote experts who guide the SME through such an item while someone in the company does
 * the on-site part ({@link Fallback.Kind#REMOTE}); when there are none either,
 * {@link Fallback.Kind#NONE} with a sentence naming the items. Remote experts for items that need
 * no presence are not a fallback: they are already matches. Fallback experts must be bookable
 * too, are scored the same way on the missing on-site items they cover, and each carries a
 * reason saying it is not in the SME's prefecture; the fallback's sentence names the items the
 * offered experts cover.
 *
 * <p><b>Cost</b>: one pass over the experts with a bounded heap of {@code top}, and a second
 * only for a fallback or to say why nobody fits (both in that one pass). The SME's needs are
 * indexed once per call as bit masks, and what an expert covers and where it goes are ANDs on
 * its {@link ExpertCard} code sets, so an expert costs no hash lookup and no allocation.
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
    ExpertSearch search = new ExpertSearch(seeker, top);
    if (search.needs.size == 0) {
      return new ExpertMatchResult(List.of(), List.of(search.why.noNeeds()), Fallback.none());
    }
    boolean[] reached = new boolean[search.needs.size];
    List<ExpertMatch> matches = search.rank(experts, reached);
    boolean[] missing = search.needs.onSiteNotIn(reached);
    FallbackSearch fallback = ExpertNeeds.any(missing) ? new FallbackSearch(search, missing) : null;
    NoMatchDiagnosis diagnosis = matches.isEmpty() ? new NoMatchDiagnosis(search) : null;
    if (fallback != null || diagnosis != null) {
      for (ExpertCard e : experts) {
        if (fallback != null) {
          fallback.visit(e);
        }
        if (diagnosis != null) {
          diagnosis.visit(e);
        }
      }
    }
    return new ExpertMatchResult(matches, diagnosis == null ? List.of() : diagnosis.reasons(),
        fallback == null ? Fallback.none() : fallback.result());
  }

  /** The score of an expert covering {@code risk} of the seeker's needs (see the class comment). */
  static double score(ExpertCard e, long risk, ExpertNeeds needs, long budget) {
    double riskShare = needs.totalRisk > 0 ? (double) risk / needs.totalRisk : 0;
    double work = e.hourlyRateYen() * needs.totalHours;
    double affordable = work <= 0 ? 1 : budget / (budget + work);
    double slots = Math.min(e.freeSlots(), FULL_SLOTS) / (double) FULL_SLOTS;
    double rating = (rankingRating(e) - 1) / 4;
    double spare = e.monthlyHours() > 0 ? Math.min(1, (double) e.freeHours() / e.monthlyHours()) : 0;
    return WEIGHT_RISK * riskShare + WEIGHT_AFFORDABLE * affordable + WEIGHT_SLOTS * slots
        + WEIGHT_RATING * rating + WEIGHT_SPARE * spare;
  }

  /** The rating the ranking counts: the average shrunk toward {@link #RATING_PRIOR}. */
  public static double rankingRating(ExpertCard e) {
    if (!e.rated()) {
      return RATING_PRIOR;
    }
    double average = Math.max(1, Math.min(5, e.ratingAverage()));
    return (RATING_PRIOR_WEIGHT * RATING_PRIOR + e.ratingCount() * average) / (RATING_PRIOR_WEIGHT + e.ratingCount());
  }
}
