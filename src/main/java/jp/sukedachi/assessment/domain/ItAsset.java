package jp.sukedachi.assessment.domain;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group of IT equipment or a service of one kind (e.g. 12 PCs, still supported). */
@Entity
@Table(name = "it_asset")
public class ItAsset {
  /**
   * What the owner states about a group of IT assets.
   *
   * @param hosted run by a service provider (an EC platform, webmail, SaaS, an SNS account)
   */
  public record Details(ItAssetType type, String label, int count, boolean internetFacing,
      boolean vendorSupported, boolean hosted) implements Serializable {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type_code", nullable = false)
  private ItAssetType type;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "item_count", nullable = false)
  private int count;

  @Column(name = "internet_facing", nullable = false)
  private boolean internetFacing;

  @Column(name = "vendor_supported", nullable = false)
  private boolean vendorSupported;

  @Column(name = "hosted", nullable = false)
  private boolean hosted;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ItAsset() {}

  /**
   * Cloud mail and SNS accounts are always a provider's, devices never; a provider's service is
   * never "internet-facing" in the sense of a system the company exposes and patches itself.
   */
  public ItAsset(long companyId, Details d) {
    this.companyId = companyId;
    this.type = d.type();
    this.label = d.label() == null ? "" : d.label().strip();
    this.count = d.count();
    this.hosted = d.type().hosted(d.hosted());
    this.internetFacing = !hosted && d.internetFacing();
    this.vendorSupported = d.vendorSupported();
    this.createdAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public Details details() {
    return new Details(type, label, count, internetFacing, vendorSupported, hosted);
  }
}
