package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.PersonalInfo;

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

/** A row of IPA's 情報資産管理台帳: information the company holds and how much it matters. */
@Entity
@Table(name = "information_asset")
public class InformationAsset {
  /** What the owner states about one kind of information. */
  public record Details(String name, String businessArea, String storageMedia,
      PersonalInfo personalInfo, int confidentiality, int integrity, int availability)
      implements Serializable {

    public int importance() {
      return Importance.of(confidentiality, integrity, availability, personalInfo);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "business_area", nullable = false)
  private String businessArea;

  @Column(name = "storage_media", nullable = false)
  private String storageMedia;

  @Enumerated(EnumType.STRING)
  @Column(name = "personal_info", nullable = false)
  private PersonalInfo personalInfo;

  @Column(name = "confidentiality", nullable = false)
  private int confidentiality;

  @Column(name = "integrity", nullable = false)
  private int integrity;

  @Column(name = "availability", nullable = false)
  private int availability;

  @Column(name = "importance", nullable = false)
  private int importance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected InformationAsset() {}

  public InformationAsset(long companyId, Details d) {
    this.companyId = companyId;
    this.name = d.name().strip();
    this.businessArea = d.businessArea().strip();
    this.storageMedia = d.storageMedia().strip();
    this.personalInfo = d.personalInfo();
    this.confidentiality = d.confidentiality();
    this.integrity = d.integrity();
    this.availability = d.availability();
    this.importance = d.importance();
    this.createdAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public int importance() {
    return importance;
  }

  public Details details() {
    return new Details(name, businessArea, storageMedia, personalInfo, confidentiality, integrity,
        availability);
  }
}
