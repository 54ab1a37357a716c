package jp.sukedachi.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An SME's request for an expert's hours, with the consent grant that shares its data with the
 * expert, and what became of it. Status changes are conditional updates in the application
 * layer, so of two concurrent changes one wins and the other is told.
 */
@Entity
@Table(name = "engagement")
public class ExpertEngagement {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "sme_account_id", nullable = false, updatable = false)
  private long smeAccountId;

  @Column(name = "expert_id", nullable = false, updatable = false)
  private long expertId;

  @Column(name = "expert_account_id", nullable = false, updatable = false)
  private long expertAccountId;

  @Column(name = "slot_id", updatable = false)
  private Long slotId;

  @Column(name = "month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "hours", nullable = false, updatable = false)
  private int hours;

  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Column(name = "consent_grant_id", nullable = false, updatable = false)
  private long consentGrantId;

  @Column(name = "pass_on", nullable = false, updatable = false)
  private boolean passOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private EngagementStatus status;

  @Column(name = "respond_by", nullable = false, updatable = false)
  private Instant respondBy;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "chain_id")
  private Long chainId;

  @Column(name = "passed_to_id")
  private Long passedToId;

  @Column(name = "none_left", nullable = false)
  private boolean noneLeft;

  @Column(name = "allocation_id", updatable = false)
  private Long allocationId;

  @Column(name = "hours_request_id", updatable = false)
  private Long hoursRequestId;

  @Column(name = "report")
  private String report;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "rating_comment")
  private String ratingComment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  @Column(name = "risk_before", updatable = false)
  private Double riskBefore;

  @Column(name = "score_before", updatable = false)
  private Integer scoreBefore;

  @Column(name = "risk_after")
  private Double riskAfter;

  @Column(name = "score_after")
  private Integer scoreAfter;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExpertEngagement() {}

  /** A new request: who asks whom, for which slot or hours, sharing what (the grant). */
  public ExpertEngagement(Request r, long consentGrantId, Instant respondBy, Instant now) {
    this.companyId = r.companyId();
    this.smeAccountId = r.smeAccountId();
    this.expertId = r.expertId();
    this.expertAccountId = r.expertAccountId();
    this.slotId = r.slotId();
    this.month = r.month();
    this.hours = r.hours();
    this.description = r.description();
    this.passOn = r.passOn();
    this.chainId = r.chainId();
    this.allocationId = r.allocationId();
    this.hoursRequestId = r.hoursRequestId();
    this.riskBefore = r.riskBefore();
    this.scoreBefore = r.scoreBefore();
    this.consentGrantId = consentGrantId;
    this.status = EngagementStatus.REQUESTED;
    this.respondBy = respondBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * What a request is made of.
   *
   * @param month first day of the month the hours count against
   * @param chainId the first request of a re-match chain; null for a first request
   */
  public record Request(long companyId, long smeAccountId, long expertId, long expertAccountId, Long slotId,
      LocalDate month, int hours, String description, boolean passOn, Long chainId, Long allocationId,
      Long hoursRequestId, Double riskBefore, Integer scoreBefore) {

    /** The same request to the expert's account (the grant's recipient). */
    public Request toAccount(long accountId) {
      return new Request(companyId, smeAccountId, expertId, accountId, slotId, month, hours, description, passOn,
          chainId, allocationId, hoursRequestId, riskBefore, scoreBefore);
    }
  }

  /** Which side an account is on, or null when it is on neither (and may not see the engagement). */
  public EngagementSide sideOf(long accountId, Long ownCompanyId) {
    if (accountId == expertAccountId) {
      return EngagementSide.EXPERT;
    }
    if (ownCompanyId != null && ownCompanyId == companyId) {
      return EngagementSide.SME;
    }
    return null;
  }

  /** The first request of its chain (itself when it was the first). */
  public long chain() {
    return chainId == null ? id : chainId;
  }

  public Long id() { return id; }
  public long companyId() { return companyId; }
  public long smeAccountId() { return smeAccountId; }
  public long expertId() { return expertId; }
  public long expertAccountId() { return expertAccountId; }
  public Long slotId() { return slotId; }
  public LocalDate month() { return month; }
  public int hours() { return hours; }
  public String description() { return description; }
  public long consentGrantId() { return consentGrantId; }
  public boolean passOn() { return passOn; }
  public EngagementStatus status() { return status; }
  public Instant respondBy() { return respondBy; }
  public String declineReason() { return declineReason; }
  public Long passedToId() { return passedToId; }
  public boolean noneLeft() { return noneLeft; }
  public Long allocationId() { return allocationId; }
  public String report() { return report; }
  public Instant reportedAt() { return reportedAt; }
  public Integer rating() { return rating; }
  public String ratingComment() { return ratingComment; }
  public Instant ratedAt() { return ratedAt; }
  public Double riskBefore() { return riskBefore; }
  public Integer scoreBefore() { return scoreBefore; }
  public Double riskAfter() { return riskAfter; }
  public Integer scoreAfter() { return scoreAfter; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
}
