package jp.sukedachi.directory.application;

import java.io.Serializable;
import java.time.Instant;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.directory.domain.ServiceStatus;

/** A service in a list: its newest revision's name and class, its status and whether a revision is shown. */
public record ServiceSummary(long id, String providerName, String name, ServiceClass serviceClass,
    MonitoringType monitoringType, ServiceStatus status, boolean visible, int latestRevision,
    Integer publishedRevision, String lastReviewReason, Instant updatedAt) implements Serializable {}
