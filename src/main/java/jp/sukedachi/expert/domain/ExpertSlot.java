package jp.sukedachi.expert.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Time an expert offers to be booked. Whether it is free is not stored here: a slot is taken
 * while a live engagement holds it (the database allows one).
 */
@Entity
@Table(name = "expert_slot")
public class ExpertSlot {
  /** The longest slot: a working day. */
  public static final Duration LONGEST = Duration.ofHours(8);
  /** The shortest slot: half an hour. */
  public static final Duration SHORTEST = Duration.ofMinutes(30);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "expert_id", nullable = false, updatable = false)
  private long expertId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ExpertSlot() {}

  public ExpertSlot(long expertId, Instant startsAt, Instant endsAt, Instant now) {
    this.expertId = expertId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdAt = now;
  }

  /** Whole hours the slot counts against monthly hours: started hours count as hours. */
  public int hours() {
    long minutes = Duration.between(startsAt, endsAt).toMinutes();
    return (int) ((minutes + 59) / 60);
  }

  public boolean overlaps(Instant start, Instant end) {
    return startsAt.isBefore(end) && start.isBefore(endsAt);
  }

  public Long id() { return id; }
  public long expertId() { return expertId; }
  public Instant startsAt() { return startsAt; }
  public Instant endsAt() { return endsAt; }
}
