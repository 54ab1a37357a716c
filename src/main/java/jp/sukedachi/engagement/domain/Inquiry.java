package jp.sukedachi.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An SME's question to a provider about one service, with the consent grant that shares its data
 * with the provider. Its status changes go through a conditional update in the application layer
 * (see {@code Inquiries}), so that of two concurrent changes one wins and the other is told.
 */
@Entity
@Table(name = "inquiry")
public class Inquiry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "service_id", nullable = false, updatable = false)
  private long serviceId;

  @Column(name = "service_name", nullable = false, updatable = false)
  private String serviceName;

  @Column(name = "provider_id", nullable = false, updatable = false)
  private long providerId;

  @Column(name = "provider_name", nullable = false, updatable = false)
  private String providerName;

  @Column(name = "provider_account_id", nullable = false, updatable = false)
  private long providerAccountId;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "sme_account_id", nullable = false, updatable = false)
  private long smeAccountId;

  @Column(name = "consent_grant_id", nullable = false, updatable = false)
  private long consentGrantId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InquiryStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Inquiry() {}

  /** A NEW inquiry from the SME owner of a company to the provider account behind a service. */
  public Inquiry(long serviceId, String serviceName, long providerId, String providerName, long providerAccountId,
      long companyId, long smeAccountId, long consentGrantId, Instant now) {
    this.serviceId = serviceId;
    this.serviceName = serviceName;
    this.providerId = providerId;
    this.providerName = providerName;
    this.providerAccountId = providerAccountId;
    this.companyId = companyId;
    this.smeAccountId = smeAccountId;
    this.consentGrantId = consentGrantId;
    this.status = InquiryStatus.NEW;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Which side an account is on, or null when it is on neither (and may not see the inquiry). */
  public Side sideOf(long accountId, Long ownCompanyId) {
    if (accountId == providerAccountId) {
      return Side.PROVIDER;
    }
    if (ownCompanyId != null && ownCompanyId == companyId) {
      return Side.SME;
    }
    return null;
  }

  /** The account on the other side of {@code side}, the one to tell. */
  public long counterpartOf(Side side) {
    return side == Side.SME ? providerAccountId : smeAccountId;
  }

  public Long id() { return id; }
  public long serviceId() { return serviceId; }
  public String serviceName() { return serviceName; }
  public long providerId() { return providerId; }
  public String providerName() { return providerName; }
  public long providerAccountId() { return providerAccountId; }
  public long companyId() { return companyId; }
  public long smeAccountId() { return smeAccountId; }
  public long consentGrantId() { return consentGrantId; }
  public InquiryStatus status() { return status; }
  public Instant createdAt() { return createdAt; }
  public Instant updatedAt() { return updatedAt; }
}
