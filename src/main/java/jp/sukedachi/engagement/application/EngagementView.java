package jp.sukedachi.engagement.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.EngagementSide;
import jp.sukedachi.engagement.domain.EngagementStatus;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.sharing.application.SharedCompany;

/**
 * An engagement as one side sees it.
 *
 * @param slotStart null for an hours request
 * @param passedToId the request it was passed to after a decline or timeout
 * @param noneLeft it could not be passed on: no other expert fits
 * @param grantParts the parts shared with the expert; grantLive whether they still are
 * @param shared for the expert: the SME's data while the grant is live; null otherwise
 * @param allowed what the reader may do now (accept, decline, cancel, report, rate)
 */
public record EngagementView(long id, long companyId, long expertId, String expertName, Long slotId,
    Instant slotStart, Instant slotEnd, LocalDate month, int hours, String description, List<Item> items,
    EngagementStatus status, EngagementSide side, Instant respondBy, String declineReason, Long passedToId,
    boolean noneLeft, boolean byAllocation, String report, Integer rating, String ratingComment,
    List<DataPart> grantParts, boolean grantLive, SharedCompany shared, List<String> allowed, Instant createdAt)
    implements Serializable {

  public EngagementView {
    items = List.copyOf(items);
    grantParts = List.copyOf(grantParts);
    allowed = List.copyOf(allowed);
  }

  /** A plan item the request is about, and whether the expert's report says it was addressed. */
  public record Item(String measureCode, Bilingual title, boolean addressed) implements Serializable {}
}
