package jp.sukedachi.engagement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * "Find me someone": hours an SME asks of the program rather than of one expert, for the
 * operator's monthly allocation of scarce hours. The SME consented beforehand to share the chosen
 * parts of its data with the expert the allocation assigns.
 */
@Entity
@Table(name = "hours_request")
public class HoursRequest {
  /** Where it stands. */
  public enum Status { OPEN, ALLOCATED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "sme_account_id", nullable = false, updatable = false)
  private long smeAccountId;

  @Column(name = "month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "hours", nullable = false, updatable = false)
  private int hours;

  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Column(name = "risk_per_hour", nullable = false, updatable = false)
  private double riskPerHour;

  @Column(name = "needs_presence", nullable = false, updatable = false)
  private boolean needsPresence;

  @Column(name = "prefecture_code", nullable = false, updatable = false)
  private String prefectureCode;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "hours_request_item", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "measure_code")
  private Set<String> measureCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "hours_request_part", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "part")
  private Set<String> parts = new TreeSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected HoursRequest() {}

  public HoursRequest(long companyId, long smeAccountId, LocalDate month, int hours, String description,
      double riskPerHour, boolean needsPresence, String prefectureCode, Set<String> measureCodes, Set<String> parts,
      Instant now) {
    this.companyId = companyId;
    this.smeAccountId = smeAccountId;
    this.month = month;
    this.hours = hours;
    this.description = description;
    this.riskPerHour = riskPerHour;
    this.needsPresence = needsPresence;
    this.prefectureCode = prefectureCode;
    this.measureCodes.addAll(measureCodes);
    this.parts.addAll(parts);
    this.status = Status.OPEN;
    this.createdAt = now;
  }

  public Long id() { return id; }
  public long companyId() { return companyId; }
  public long smeAccountId() { return smeAccountId; }
  public LocalDate month() { return month; }
  public int hours() { return hours; }
  public String description() { return description; }
  public double riskPerHour() { return riskPerHour; }
  public boolean needsPresence() { return needsPresence; }
  public String prefectureCode() { return prefectureCode; }
  public Status status() { return status; }
  public Set<String> measureCodes() { return Set.copyOf(measureCodes); }
  public Set<String> parts() { return Set.copyOf(parts); }
  public Instant createdAt() { return createdAt; }
}
