package jp.sukedachi.directory.domain;

import jakarta.persistence.Column;
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

/** One line of a service's history: who did what to which revision, when, and why. Never changed. */
@Entity
@Table(name = "service_event")
public class ServiceEvent {
  /** What happened. */
  public enum Kind { CREATED, EDITED, REVISED, SUBMITTED, APPROVED, REJECTED, SUSPENDED, REINSTATED, WITHDRAWN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "service_id", nullable = false, updatable = false)
  private ListedService service;

  @Column(name = "revision_no", nullable = false, updatable = false)
  private int revisionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "actor_account_id", nullable = false, updatable = false)
  private long actorAccountId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  protected ServiceEvent() {}

  ServiceEvent(ListedService service, int revisionNumber, Kind kind, long actorAccountId, Instant at,
      String reason) {
    this.service = service;
    this.revisionNumber = revisionNumber;
    this.kind = kind;
    this.actorAccountId = actorAccountId;
    this.at = at;
    this.reason = reason == null ? "" : reason.strip();
  }

  public int revisionNumber() {
    return revisionNumber;
  }

  public Kind kind() {
    return kind;
  }

  public long actorAccountId() {
    return actorAccountId;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
