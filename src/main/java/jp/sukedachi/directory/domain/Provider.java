package jp.sukedachi.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The company behind a PROVIDER account, the provider of record of its services. One per account. */
@Entity
@Table(name = "provider")
public class Provider {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "owner_account_id", nullable = false, updatable = false)
  private long ownerAccountId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "corporate_number", nullable = false)
  private String corporateNumber;

  @Column(name = "address", nullable = false)
  private String address;

  @Column(name = "contact_email", nullable = false)
  private String contactEmail;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Provider() {}

  public Provider(long ownerAccountId, String name, String corporateNumber, String address,
      String contactEmail, Instant now) {
    this.ownerAccountId = ownerAccountId;
    this.createdAt = now;
    describe(name, corporateNumber, address, contactEmail, now);
  }

  /** Replaces what the provider states about itself; the 法人番号 must carry a valid check digit. */
  public final void describe(String name, String corporateNumber, String address, String contactEmail,
      Instant now) {
    this.corporateNumber = CorporateNumber.parse(corporateNumber)
        .orElseThrow(() -> new IllegalArgumentException("Not a valid 法人番号"));
    this.name = name.strip();
    this.address = address.strip();
    this.contactEmail = contactEmail.strip();
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long ownerAccountId() {
    return ownerAccountId;
  }

  public String name() {
    return name;
  }

  public String corporateNumber() {
    return corporateNumber;
  }

  public String address() {
    return address;
  }

  public String contactEmail() {
    return contactEmail;
  }
}
