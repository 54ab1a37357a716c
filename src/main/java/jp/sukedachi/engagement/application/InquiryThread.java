package jp.sukedachi.engagement.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.domain.InquiryStatus;
import jp.sukedachi.engagement.domain.Side;
import jp.sukedachi.sharing.application.SharedCompany;

/**
 * An inquiry as one side sees it.
 *
 * @param side the reader's side
 * @param grantParts the parts the inquiry's grant shares (for the SME; empty for the provider)
 * @param grantLive whether the inquiry's grant still lets the provider read (for the SME)
 * @param shared for the provider: what the SME's live grants to it show now; null when none is live
 * @param allowed the statuses the reader may move the inquiry to now
 */
public record InquiryThread(long id, long serviceId, String serviceName, String providerName, long companyId,
    InquiryStatus status, Side side, long grantId, List<DataPart> grantParts, boolean grantLive,
    SharedCompany shared, List<Message> messages, List<InquiryStatus> allowed, Instant createdAt)
    implements Serializable {

  public InquiryThread {
    grantParts = List.copyOf(grantParts);
    messages = List.copyOf(messages);
    allowed = List.copyOf(allowed);
  }

  /** One message; {@code mine} when the reader's side wrote it. */
  public record Message(long id, Side side, boolean mine, String text, Instant sentAt) implements Serializable {}

  public boolean isOpen() {
    return status.acceptsMessages();
  }
}
