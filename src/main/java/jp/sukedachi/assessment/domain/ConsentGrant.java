package jp.sukedachi.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.sukedachi.assessment.access.DataPart;

/**
 * An owner's permission for one account to read chosen parts of its company's data, until it
 * expires or the owner revokes it. A revoked grant stays, so the access log can name it.
 */
@Entity
@Table(name = "consent_grant")
public class ConsentGrant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "recipient_account_id", nullable = false, updatable = false)
  private long recipientAccountId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consent_grant_part", joinColumns = @JoinColumn(name = "grant_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "part")
  private Set<DataPart> parts = EnumSet.noneOf(DataPart.class);

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ConsentGrant() {}

  public ConsentGrant(long companyId, long recipientAccountId, Set<DataPart> parts, Instant now,
      Instant expiresAt) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A grant shares at least one part");
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("A grant cannot expire before it starts");
    }
    this.companyId = companyId;
    this.recipientAccountId = recipientAccountId;
    this.parts = EnumSet.copyOf(parts);
    this.grantedAt = now;
    this.expiresAt = expiresAt;
  }

  /** Whether the grant lets its recipient read now. */
  public boolean isLive(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  /** Revoking twice keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean covers(Set<DataPart> wanted) {
    return parts.containsAll(wanted);
  }

  public Long id() {
    return id;
  }

  public long companyId() {
    return companyId;
  }

  public long recipientAccountId() {
    return recipientAccountId;
  }

  public Set<DataPart> parts() {
    return parts.isEmpty() ? EnumSet.noneOf(DataPart.class) : EnumSet.copyOf(parts);
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
