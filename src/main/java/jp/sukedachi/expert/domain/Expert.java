package jp.sukedachi.expert.domain;

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
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A security expert's profile: who they are (RISS registration), what they can help with, where,
 * at what rate and how many hours a month they offer to SMEs. Changing the registration sends the
 * profile back to the operator; changing anything else does not.
 */
@Entity
@Table(name = "expert")
public class Expert {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "riss_number", nullable = false)
  private String rissNumber;

  @Column(name = "riss_registered_on", nullable = false)
  private LocalDate rissRegisteredOn;

  @Column(name = "riss_renewal_due", nullable = false)
  private LocalDate rissRenewalDue;

  @Column(name = "certifications", nullable = false)
  private String certifications;

  @Column(name = "remote", nullable = false)
  private boolean remote;

  @Column(name = "on_site", nullable = false)
  private boolean onSite;

  @Column(name = "hourly_rate_yen", nullable = false)
  private int hourlyRateYen;

  @Column(name = "monthly_hours", nullable = false)
  private int monthlyHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ExpertStatus status;

  @Column(name = "review_evidence")
  private String reviewEvidence;

  @Column(name = "review_reason")
  private String reviewReason;

  @Column(name = "reviewed_by")
  private Long reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "lapse_notified_for")
  private LocalDate lapseNotifiedFor;

  @Column(name = "rating_count", nullable = false)
  private int ratingCount;

  @Column(name = "rating_sum", nullable = false)
  private int ratingSum;

  @Column(name = "outcome_count", nullable = false)
  private int outcomeCount;

  @Column(name = "risk_drop_sum", nullable = false)
  private double riskDropSum;

  @Column(name = "score_gain_sum", nullable = false)
  private int scoreGainSum;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expert_skill", joinColumns = @JoinColumn(name = "expert_id"))
  @Column(name = "code")
  private Set<String> skills = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expert_prefecture", joinColumns = @JoinColumn(name = "expert_id"))
  @Column(name = "prefecture_code")
  private Set<String> prefectures = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expert_industry", joinColumns = @JoinColumn(name = "expert_id"))
  @Column(name = "industry_code")
  private Set<String> industries = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "expert_language", joinColumns = @JoinColumn(name = "expert_id"))
  @Column(name = "language")
  private Set<String> languages = new TreeSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Expert() {}

  public Expert(long accountId, Profile profile, Instant now) {
    this.accountId = accountId;
    this.createdAt = now;
    this.status = ExpertStatus.PENDING;
    describe(profile, now);
  }

  /** What an expert states about themselves, already checked. */
  public record Profile(String displayName, RissRegistration registration, String certifications,
      Set<String> skills, Set<String> prefectures, Set<String> industries, Set<String> languages,
      boolean remote, boolean onSite, int hourlyRateYen, int monthlyHours) {}

  /** Replaces the profile; a changed registration waits for the operator again. */
  public final void describe(Profile p, Instant now) {
    RissRegistration r = p.registration();
    boolean registrationChanged = rissNumber == null || !r.equals(registration());
    this.displayName = p.displayName().strip();
    this.rissNumber = r.number();
    this.rissRegisteredOn = r.registeredOn();
    this.rissRenewalDue = r.renewalDue();
    this.certifications = p.certifications() == null ? "" : p.certifications().strip();
    replace(skills, p.skills());
    replace(prefectures, p.onSite() ? p.prefectures() : Set.of());
    replace(industries, p.industries());
    replace(languages, p.languages());
    this.remote = p.remote();
    this.onSite = p.onSite();
    this.hourlyRateYen = p.hourlyRateYen();
    this.monthlyHours = p.monthlyHours();
    this.updatedAt = now;
    if (registrationChanged && status != ExpertStatus.PENDING) {
      status = ExpertStatus.PENDING;
      reviewReason = null;
      reviewEvidence = null;
    }
  }

  /** The operator confirmed the registration (what it checked is kept). */
  public void approve(long operator, String evidence, Instant now) {
    decide(ExpertStatus.VERIFIED, operator, evidence, null, now);
  }

  /** The operator could not confirm the registration; the expert is told why. */
  public void reject(long operator, String evidence, String reason, Instant now) {
    decide(ExpertStatus.REJECTED, operator, evidence, reason, now);
  }

  /** Whether the expert must be told now that the registration lapsed (once per deadline). */
  public boolean lapseToTell(LocalDate today) {
    return status == ExpertStatus.VERIFIED && registration().lapsedOn(today)
        && !rissRenewalDue.equals(lapseNotifiedFor);
  }

  public void lapseTold() {
    this.lapseNotifiedFor = rissRenewalDue;
  }

  /** Matched only when verified and the registration has not lapsed. */
  public boolean matchable(LocalDate today) {
    return status == ExpertStatus.VERIFIED && !registration().lapsedOn(today);
  }

  private void decide(ExpertStatus to, long operator, String evidence, String reason, Instant now) {
    this.status = to;
    this.reviewedBy = operator;
    this.reviewEvidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    this.reviewReason = reason == null || reason.isBlank() ? null : reason.strip();
    this.reviewedAt = now;
    this.updatedAt = now;
  }

  private static void replace(Set<String> target, Set<String> with) {
    target.clear();
    if (with != null) {
      target.addAll(with);
    }
  }

  public RissRegistration registration() {
    return new RissRegistration(rissNumber, rissRegisteredOn, rissRenewalDue);
  }

  public Long id() { return id; }
  public long accountId() { return accountId; }
  public String displayName() { return displayName; }
  public String certifications() { return certifications; }
  public Set<String> skills() { return Set.copyOf(skills); }
  public Set<String> prefectures() { return Set.copyOf(prefectures); }
  public Set<String> industries() { return Set.copyOf(industries); }
  public Set<String> languages() { return Set.copyOf(languages); }
  public boolean remote() { return remote; }
  public boolean onSite() { return onSite; }
  public int hourlyRateYen() { return hourlyRateYen; }
  public int monthlyHours() { return monthlyHours; }
  public ExpertStatus status() { return status; }
  public String reviewEvidence() { return reviewEvidence; }
  public String reviewReason() { return reviewReason; }
  public Instant reviewedAt() { return reviewedAt; }
  public int ratingCount() { return ratingCount; }
  public int ratingSum() { return ratingSum; }
  public int outcomeCount() { return outcomeCount; }
  public double riskDropSum() { return riskDropSum; }
  public int scoreGainSum() { return scoreGainSum; }
  public Instant updatedAt() { return updatedAt; }
}
