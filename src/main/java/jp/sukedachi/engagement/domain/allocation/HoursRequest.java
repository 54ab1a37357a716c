package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * An SME's open request for expert hours this month.
 *
 * @param id the request
 * @param companyId the company asking; the SME monthly cap counts all of its requests together
 * @param prefectureCode the company's prefecture (JIS code, "01".."47"); all requests of one company
 *     share it
 * @param hours hours asked for
 * @param riskPerHour risk removed per hour of help (yen a year per hour): the weight of an hour served
 * @param measureCodes the plan items' measure codes; an expert covering any one of them can help
 * @param needsPresence whether the items need someone on site (an on-site expert of this prefecture)
 * @param sequence the order in which the request came in (first come, first served)
 */
public record HoursRequest(long id, long companyId, String prefectureCode, int hours,
    double riskPerHour, Set<String> measureCodes, boolean needsPresence, long sequence)
    implements Serializable {

  public HoursRequest {
    Objects.requireNonNull(prefectureCode, "prefectureCode");
    if (prefectureCode.isBlank()) {
      throw new IllegalArgumentException("Request " + id + " has no prefecture");
    }
    if (hours < 0) {
      throw new IllegalArgumentException("Request " + id + " asks for negative hours: " + hours);
    }
    if (!Double.isFinite(riskPerHour) || riskPerHour < 0) {
      throw new IllegalArgumentException("Request " + id + " has an invalid risk per hour: " + riskPerHour);
    }
    measureCodes = Set.copyOf(measureCodes);
  }
}
