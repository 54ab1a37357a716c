package jp.sukedachi.directory.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a service's terms. A draft may be rewritten; once submitted its terms never
 * change again, so what an operator approved is exactly what is shown and matched. Changes made
 * in {@link ListedService}, which owns the lifecycle.
 */
@Entity
@Table(name = "service_revision")
public class ServiceRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id", nullable = false, updatable = false)
  private ListedService service;

  @Column(name = "revision_no", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private RevisionState state;

  @Column(name = "name", nullable = false) private String name;
  @Column(name = "summary", nullable = false) private String summary;
  @Enumerated(EnumType.STRING) @Column(name = "service_class", nullable = false) private ServiceClass serviceClass;
  @Enumerated(EnumType.STRING) @Column(name = "monitoring_type", nullable = false) private MonitoringType monitoringType;
  @Column(name = "monthly_yen_per_company", nullable = false) private long monthlyYenPerCompany;
  @Column(name = "monthly_yen_per_device", nullable = false) private long monthlyYenPerDevice;
  @Column(name = "one_off_yen", nullable = false) private long oneOffYen;
  @Column(name = "monitored_endpoints", nullable = false) private int monitoredEndpoints;
  @Column(name = "consultation_desk", nullable = false) private boolean consultationDesk;
  @Column(name = "consultation_hours", nullable = false) private String consultationHours;
  @Column(name = "monitoring_24h", nullable = false) private boolean monitoring24h;
  @Column(name = "on_site_dispatch", nullable = false) private boolean onSiteDispatch;
  @Column(name = "insurance", nullable = false) private boolean insurance;
  @Column(name = "insurer", nullable = false) private String insurer;
  @Column(name = "insurance_limit_yen", nullable = false) private long insuranceLimitYen;
  @Column(name = "min_employees") private Integer minEmployees;
  @Column(name = "max_employees") private Integer maxEmployees;
  @Column(name = "min_devices") private Integer minDevices;
  @Column(name = "max_devices") private Integer maxDevices;
  @Column(name = "minimum_term_months", nullable = false) private int minimumTermMonths;
  @Column(name = "cancellation", nullable = false) private String cancellation;
  @Column(name = "ipa_registration_number", nullable = false) private String ipaRegistrationNumber;
  @Column(name = "ipa_registered_on") private LocalDate ipaRegisteredOn;
  @Column(name = "subsidy_eligible", nullable = false) private boolean subsidyEligible;
  @Column(name = "periodic_consulting", nullable = false) private boolean periodicConsulting;
  @Column(name = "stronger_monitoring", nullable = false) private boolean strongerMonitoring;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "service_revision_prefecture", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "prefecture_code")
  private Set<String> dispatchPrefectures = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "service_revision_industry", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "industry_code")
  private Set<String> industries = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "service_revision_measure", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "measure_code")
  private Set<String> measureCodes = new HashSet<>();

  /** The catalogue version the measure codes were checked against. */
  @Column(name = "catalogue_version", nullable = false)
  private String catalogueVersion;

  @Column(name = "created_at", nullable = false, updatable = false) private Instant createdAt;
  @Column(name = "updated_at", nullable = false) private Instant updatedAt;
  @Column(name = "submitted_at") private Instant submittedAt;
  @Column(name = "reviewed_at") private Instant reviewedAt;
  @Column(name = "reviewed_by") private Long reviewedBy;
  @Column(name = "review_reason", nullable = false) private String reviewReason = "";

  protected ServiceRevision() {}

  ServiceRevision(ListedService service, int number, ServiceTerms terms, String catalogueVersion, Instant now) {
    this.service = service;
    this.number = number;
    this.state = RevisionState.DRAFT;
    this.createdAt = now;
    write(terms, catalogueVersion, now);
  }

  /** Rewrites a draft. */
  void rewrite(ServiceTerms terms, String catalogueVersion, Instant now) {
    if (state != RevisionState.DRAFT) {
      throw new IllegalStateException("Only a draft's terms may change");
    }
    write(terms, catalogueVersion, now);
  }

  private void write(ServiceTerms t, String catalogueVersion, Instant now) {
    name = t.name().strip();
    summary = t.summary();
    serviceClass = t.serviceClass();
    monitoringType = t.monitoringType();
    monthlyYenPerCompany = t.monthlyYenPerCompany();
    monthlyYenPerDevice = t.monthlyYenPerDevice();
    oneOffYen = t.oneOffYen();
    monitoredEndpoints = t.monitoredEndpoints();
    consultationDesk = t.consultationDesk();
    consultationHours = t.consultationHours();
    monitoring24h = t.monitoring24h();
    onSiteDispatch = t.onSiteDispatch();
    insurance = t.insurance();
    insurer = t.insurer();
    insuranceLimitYen = t.insuranceLimitYen();
    minEmployees = t.minEmployees();
    maxEmployees = t.maxEmployees();
    minDevices = t.minDevices();
    maxDevices = t.maxDevices();
    minimumTermMonths = t.minimumTermMonths();
    cancellation = t.cancellation();
    ipaRegistrationNumber = t.ipaRegistrationNumber();
    ipaRegisteredOn = t.ipaRegisteredOn();
    subsidyEligible = t.subsidyEligible();
    periodicConsulting = t.periodicConsulting();
    strongerMonitoring = t.strongerMonitoring();
    replace(dispatchPrefectures, t.dispatchPrefectures());
    replace(industries, t.industries());
    replace(measureCodes, t.measureCodes());
    this.catalogueVersion = catalogueVersion;
    this.updatedAt = now;
  }

  private static void replace(Set<String> target, Set<String> values) {
    if (!target.equals(values)) {
      target.clear();
      target.addAll(values);
    }
  }

  void submit(Instant now) {
    state = RevisionState.SUBMITTED;
    submittedAt = now;
  }

  void approve(long reviewer, String note, Instant now) {
    state = RevisionState.PUBLISHED;
    review(reviewer, note, now);
  }

  void reject(long reviewer, String reason, Instant now) {
    state = RevisionState.REJECTED;
    review(reviewer, reason, now);
  }

  private void review(long reviewer, String reason, Instant now) {
    reviewedBy = reviewer;
    reviewedAt = now;
    reviewReason = reason == null ? "" : reason.strip();
  }

  void supersede() {
    state = RevisionState.SUPERSEDED;
  }

  /** The terms exactly as stated in this revision. */
  public ServiceTerms terms() {
    return new ServiceTerms(name, summary, serviceClass, monitoringType, monthlyYenPerCompany,
        monthlyYenPerDevice, oneOffYen, monitoredEndpoints, consultationDesk, consultationHours,
        monitoring24h, onSiteDispatch, Set.copyOf(dispatchPrefectures), insurance, insurer,
        insuranceLimitYen, minEmployees, maxEmployees, minDevices, maxDevices, Set.copyOf(industries),
        minimumTermMonths, cancellation, ipaRegistrationNumber, ipaRegisteredOn, subsidyEligible,
        periodicConsulting, strongerMonitoring, Set.copyOf(measureCodes));
  }

  public Long id() { return id; }
  public int number() { return number; }
  public RevisionState state() { return state; }
  public String name() { return name; }
  public ServiceClass serviceClass() { return serviceClass; }
  public MonitoringType monitoringType() { return monitoringType; }
  public String catalogueVersion() { return catalogueVersion; }
  public Instant createdAt() { return createdAt; }
  public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }
  public Optional<Instant> reviewedAt() { return Optional.ofNullable(reviewedAt); }
  public String reviewReason() { return reviewReason; }
}
