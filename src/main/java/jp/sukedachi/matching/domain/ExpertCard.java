package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.Set;

/**
 * What the matcher knows of one verified, matchable expert (verified and registration not
 * expired: the application layer passes no other). Its three sets are immutable, iterate in code
 * order and carry a bit per code, so the matcher tests coverage and reach without hash lookups.
 *
 * @param measureCodes the measures the expert covers (skill codes resolved to measure codes)
 * @param prefectures the JIS codes of the prefectures the expert comes to on site
 * @param regions the region codes of those prefectures, e.g. "KYUSHU"
 * @param monthlyHours the hours per month the expert offers to SMEs
 * @param freeHours the hours still free this month, after holds and bookings
 * @param freeSlots the free bookable slots in the window the SME wants
 * @param ratingAverage the SMEs' average rating, 1–5; NaN when nobody has rated yet
 * @param ratingCount how many SMEs rated
 */
public record ExpertCard(long expertId, String displayName, Set<String> measureCodes,
    Set<String> prefectures, Set<String> regions, boolean remote, boolean onSite, long hourlyRateYen,
    int monthlyHours, int freeHours, int freeSlots, double ratingAverage, int ratingCount)
    implements Serializable {
  public ExpertCard {
    if (displayName == null) {
      throw new IllegalArgumentException("An expert has a display name");
    }
    if (hourlyRateYen < 0 || monthlyHours < 0 || freeSlots < 0 || ratingCount < 0) {
      throw new IllegalArgumentException("An expert's rate, hours, slots and rating count are not negative");
    }
    measureCodes = CodeSet.of(CodeSet.Kind.MEASURE, measureCodes);
    prefectures = CodeSet.of(CodeSet.Kind.PREFECTURE, prefectures);
    regions = CodeSet.of(CodeSet.Kind.REGION, regions);
  }

  /** Whether anybody has rated the expert. */
  public boolean rated() {
    return ratingCount > 0 && !Double.isNaN(ratingAverage);
  }
}
