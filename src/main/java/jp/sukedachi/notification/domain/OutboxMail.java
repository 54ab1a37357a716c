package jp.sukedachi.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A mail waiting to be sent, or sent, or given up. A sender claims due mails (the claim sets
 * {@code claimToken} and pushes {@code nextAttemptAt} out by a lease, see the relay), sends them,
 * and then records the outcome here; only the claim that holds the mail may do so. A failure
 * schedules the next attempt by the {@link RetryPolicy}, or gives up.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {
  static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "notification_id", updatable = false)
  private Long notificationId;

  @Column(name = "recipient", nullable = false, updatable = false)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MailStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claim_token")
  private String claimToken;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  public OutboxMail(Long notificationId, String recipient, ComposedMail mail, Instant now) {
    if (recipient == null || recipient.isBlank() || recipient.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A mail needs one recipient address");
    }
    this.notificationId = notificationId;
    this.recipient = recipient;
    this.subject = mail.subject();
    this.body = mail.body();
    this.status = MailStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Whether the given claim is the one sending this mail now. */
  public boolean isClaimedBy(UUID token) {
    return status == MailStatus.PENDING && token != null && token.toString().equals(claimToken);
  }

  /** The SMTP server took it. */
  public void sent(Instant now) {
    requirePending();
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    claimToken = null;
    lastError = null;
  }

  /**
   * This attempt failed: try again when the policy says, or give up when it says no more or the
   * failure is permanent (the server refused the address for good).
   */
  public void failed(Instant now, String error, boolean permanent, RetryPolicy policy) {
    requirePending();
    attempts++;
    claimToken = null;
    lastError = error == null ? null : UserText.oneLine(error, MAX_ERROR);
    Optional<Instant> next = permanent ? Optional.empty() : policy.nextAttempt(attempts, now);
    if (next.isPresent()) {
      nextAttemptAt = next.get();
    } else {
      status = MailStatus.FAILED;
    }
  }

  private void requirePending() {
    if (status != MailStatus.PENDING) {
      throw new IllegalStateException("Mail " + id + " is already " + status);
    }
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
