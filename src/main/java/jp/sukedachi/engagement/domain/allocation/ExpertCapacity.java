package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.Set;

/**
 * What one verified expert can still give this month.
 *
 * @param expertId the expert
 * @param measureCodes the measure codes the expert's skills cover
 * @param prefectures where the expert goes on site (JIS codes)
 * @param remote whether the expert helps remotely
 * @param onSite whether the expert goes on site, in {@code prefectures}
 * @param hours hours still free this month, after holds and bookings
 */
public record ExpertCapacity(long expertId, Set<String> measureCodes, Set<String> prefectures,
    boolean remote, boolean onSite, int hours) implements Serializable {

  public ExpertCapacity {
    if (hours < 0) {
      throw new IllegalArgumentException("Expert " + expertId + " has negative hours: " + hours);
    }
    measureCodes = Set.copyOf(measureCodes);
    prefectures = Set.copyOf(prefectures);
  }

  /**
   * Whether this expert may serve the request: it covers at least one of the request's measure
   * codes, and either the request can be served remotely and the expert works remotely, or the
   * expert goes on site in the request's prefecture.
   */
  public boolean canServe(HoursRequest request) {
    return reaches(request) && covers(request.measureCodes());
  }

  /** Whether the expert can be where the request needs help (remotely or on site). */
  public boolean reaches(HoursRequest request) {
    return (!request.needsPresence() && remote)
        || (onSite && prefectures.contains(request.prefectureCode()));
  }

  private boolean covers(Set<String> codes) {
    for (String code : codes) {
      if (measureCodes.contains(code)) {
        return true;
      }
    }
    return false;
  }
}
