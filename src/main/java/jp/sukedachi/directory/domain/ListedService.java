package jp.sukedachi.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.InvalidInputException;

/**
 * A provider's service: its revisions, oldest first, and its history. Its lifecycle:
 * a draft is submitted (only if it meets {@link ServiceStandard}), an operator approves it
 * (published) or rejects it with a reason; a change to a submitted-and-reviewed service is a new
 * draft revision, and the published revision stays shown until a later one is approved. An
 * operator may suspend and reinstate a published service; the provider may withdraw it for good.
 * Every step is an event; every step also bumps the version, so two concurrent steps on one
 * service cannot both succeed.
 */
@Entity
@Table(name = "listed_service")
public class ListedService {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "provider_id", nullable = false, updatable = false)
  private long providerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "availability", nullable = false)
  private Availability availability = Availability.ACTIVE;

  @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<ServiceRevision> revisions = new ArrayList<>();

  @OneToMany(mappedBy = "service", cascade = CascadeType.PERSIST)
  @OrderBy("at ASC, id ASC")
  private List<ServiceEvent> events = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ListedService() {}

  /** A new service: revision 1, a draft. */
  public ListedService(long providerId, ServiceTerms terms, String catalogueVersion, long actor, Instant now) {
    this.providerId = providerId;
    this.createdAt = now;
    this.updatedAt = now;
    revisions.add(new ServiceRevision(this, 1, terms, catalogueVersion, now));
    record(ServiceEvent.Kind.CREATED, actor, now, null);
  }

  /**
   * The provider changes the terms. A draft is rewritten; a published or rejected revision is
   * kept and a new draft revision made; nothing changes while a revision is under review.
   * Stating the same terms again changes nothing.
   */
  public void edit(ServiceTerms terms, String catalogueVersion, long actor, Instant now) {
    requireNotWithdrawn();
    ServiceRevision latest = latest();
    if (latest.terms().equals(terms) && latest.catalogueVersion().equals(catalogueVersion)) {
      return;
    }
    switch (latest.state()) {
      case DRAFT -> {
        latest.rewrite(terms, catalogueVersion, now);
        record(ServiceEvent.Kind.EDITED, actor, now, null);
      }
      case SUBMITTED -> throw new ConflictException("error.service.under-review");
      default -> {
        revisions.add(new ServiceRevision(this, latest.number() + 1, terms, catalogueVersion, now));
        record(ServiceEvent.Kind.REVISED, actor, now, null);
      }
    }
  }

  /** The provider sends the draft for review; it must meet the standard. */
  public void submit(long actor, Instant now) {
    requireNotWithdrawn();
    ServiceRevision latest = latest();
    if (latest.state() != RevisionState.DRAFT) {
      throw new ConflictException(latest.state() == RevisionState.SUBMITTED
          ? "error.service.already-submitted" : "error.service.no-draft");
    }
    ServiceStandard.requireMet(latest.terms());
    latest.submit(now);
    record(ServiceEvent.Kind.SUBMITTED, actor, now, null);
  }

  /** An operator approves the revision under review: it becomes the published one. */
  public void approve(long reviewer, String note, Instant now) {
    ServiceRevision submitted = underReview();
    ServiceStandard.requireMet(submitted.terms());
    published().ifPresent(ServiceRevision::supersede);
    submitted.approve(reviewer, note, now);
    record(ServiceEvent.Kind.APPROVED, reviewer, now, note);
  }

  /** An operator rejects the revision under review, saying why; a published revision stays. */
  public void reject(long reviewer, String reason, Instant now) {
    requireReason(reason, "review.reason.required");
    ServiceRevision submitted = underReview();
    submitted.reject(reviewer, reason, now);
    record(ServiceEvent.Kind.REJECTED, reviewer, now, reason);
  }

  /** An operator hides a published service, saying why. */
  public void suspend(long operator, String reason, Instant now) {
    requireReason(reason, "suspend.reason.required");
    if (availability != Availability.ACTIVE || published().isEmpty()) {
      throw new ConflictException("error.service.not-suspendable");
    }
    availability = Availability.SUSPENDED;
    record(ServiceEvent.Kind.SUSPENDED, operator, now, reason);
  }

  /** An operator shows a suspended service again. */
  public void reinstate(long operator, String note, Instant now) {
    if (availability != Availability.SUSPENDED) {
      throw new ConflictException("error.service.not-suspended");
    }
    availability = Availability.ACTIVE;
    record(ServiceEvent.Kind.REINSTATED, operator, now, note);
  }

  /** The provider ends the service for good; its history stays. */
  public void withdraw(long actor, String reason, Instant now) {
    requireNotWithdrawn();
    availability = Availability.WITHDRAWN;
    record(ServiceEvent.Kind.WITHDRAWN, actor, now, reason);
  }

  private ServiceRevision underReview() {
    requireNotWithdrawn();
    ServiceRevision latest = latest();
    if (latest.state() != RevisionState.SUBMITTED) {
      throw new ConflictException("error.service.not-under-review");
    }
    return latest;
  }

  private void requireNotWithdrawn() {
    if (availability == Availability.WITHDRAWN) {
      throw new ConflictException("error.service.withdrawn");
    }
  }

  private static void requireReason(String reason, String key) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", key);
    }
  }

  private void record(ServiceEvent.Kind kind, long actor, Instant now, String reason) {
    events.add(new ServiceEvent(this, latest().number(), kind, actor, now, reason));
    updatedAt = now;
  }

  /** The status shown to the provider and in the API. */
  public ServiceStatus status() {
    return switch (availability) {
      case WITHDRAWN -> ServiceStatus.WITHDRAWN;
      case SUSPENDED -> ServiceStatus.SUSPENDED;
      case ACTIVE -> switch (latest().state()) {
        case DRAFT -> ServiceStatus.DRAFT;
        case SUBMITTED -> ServiceStatus.SUBMITTED;
        case REJECTED -> ServiceStatus.REJECTED;
        case PUBLISHED, SUPERSEDED -> ServiceStatus.PUBLISHED;
      };
    };
  }

  /** Whether its published revision is shown and matched now. */
  public boolean isVisible() {
    return availability == Availability.ACTIVE && published().isPresent();
  }

  /** The newest revision (the highest number, whatever order the list was loaded in). */
  public ServiceRevision latest() {
    return revisions.stream().max(java.util.Comparator.comparingInt(ServiceRevision::number)).orElseThrow();
  }

  public Optional<ServiceRevision> published() {
    return revisions.stream().filter(r -> r.state() == RevisionState.PUBLISHED).findFirst();
  }

  public Optional<ServiceRevision> revision(int number) {
    return revisions.stream().filter(r -> r.number() == number).findFirst();
  }

  public List<ServiceRevision> revisions() {
    return List.copyOf(revisions);
  }

  public List<ServiceEvent> events() {
    return List.copyOf(events);
  }

  public Long id() {
    return id;
  }

  public long providerId() {
    return providerId;
  }

  public Availability availability() {
    return availability;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
