package jp.sukedachi.expert.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.sukedachi.expert.domain.ExpertStatus;

/**
 * An expert's profile as its owner and operators see it.
 *
 * @param lapsed the renewal deadline has passed: not matched until renewed
 * @param rating average of the SMEs' ratings; null before the first
 * @param averageRiskDrop over rated engagements, the share by which the SME's residual risk fell
 *     between its request and its rating; null before the first
 * @param averageScoreGain likewise, the points its 自社診断 score rose
 */
public record ExpertView(long id, String displayName, String rissNumber, LocalDate rissRegisteredOn,
    LocalDate rissRenewalDue, String certifications, List<String> skills, List<String> prefectures,
    List<String> industries, List<String> languages, boolean remote, boolean onSite, int hourlyRateYen,
    int monthlyHours, ExpertStatus status, boolean verified, boolean lapsed, String reviewEvidence,
    String reviewReason, Instant reviewedAt, Double rating, int ratingCount, String publicRecord,
    int outcomeCount, Double averageRiskDrop, Double averageScoreGain)
    implements Serializable {}
