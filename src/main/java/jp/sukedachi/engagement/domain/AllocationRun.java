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
 * An operator's program-wide allocation of a month's scarce expert hours: the proposal with its
 * numbers beside first come, first served on the same data, applied at most once.
 */
@Entity
@Table(name = "allocation_run")
public class AllocationRun {
  /** Where a run stands. */
  public enum Status { PROPOSED, APPLIED, DISCARDED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "run_by", nullable = false, updatable = false)
  private long runBy;

  @Column(name = "run_at", nullable = false, updatable = false)
  private Instant runAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "applied_at")
  private Instant appliedAt;

  /** Both allocations' numbers as JSON (see {@code AllocationNumbers}). */
  @Column(name = "stats", nullable = false)
  private String stats;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AllocationRun() {}

  public AllocationRun(LocalDate month, long runBy, Instant runAt, String stats) {
    this.month = month;
    this.runBy = runBy;
    this.runAt = runAt;
    this.stats = stats;
    this.status = Status.PROPOSED;
  }

  /** Marks it applied, with the numbers of what applying made. */
  public void applied(Instant at, String statsWithOutcome) {
    this.status = Status.APPLIED;
    this.appliedAt = at;
    this.stats = statsWithOutcome;
  }

  public Long id() { return id; }
  public LocalDate month() { return month; }
  public Instant runAt() { return runAt; }
  public Status status() { return status; }
  public Instant appliedAt() { return appliedAt; }
  public String stats() { return stats; }
}
