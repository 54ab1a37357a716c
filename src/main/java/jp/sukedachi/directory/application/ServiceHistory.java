package jp.sukedachi.directory.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.sukedachi.directory.domain.RevisionState;
import jp.sukedachi.directory.domain.ServiceEvent;

/** Every revision of a service and every step taken on it, oldest first. */
public record ServiceHistory(long serviceId, String name, List<Revision> revisions, List<Event> events)
    implements Serializable {
  public ServiceHistory {
    revisions = List.copyOf(revisions);
    events = List.copyOf(events);
  }

  /** One revision and how its review went. */
  public record Revision(int number, RevisionState state, String name, Instant createdAt, Instant submittedAt,
      Instant reviewedAt, String reviewReason) implements Serializable {}

  /** One step: when, what, on which revision, by whom (name and role), and why. */
  public record Event(Instant at, ServiceEvent.Kind kind, int revision, String actorName, String actorRole,
      String reason) implements Serializable {}
}
