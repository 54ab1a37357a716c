package jp.sukedachi.engagement.application;

import java.io.Serializable;
import java.time.Instant;
import jp.sukedachi.engagement.domain.InquiryStatus;

/** An inquiry in a list. */
public record InquirySummary(long id, long serviceId, String serviceName, String providerName, long companyId,
    InquiryStatus status, Instant createdAt, Instant updatedAt) implements Serializable {}
