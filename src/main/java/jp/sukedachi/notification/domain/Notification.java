package jp.sukedachi.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Something the app told one account, in Japanese and English as rendered when it happened, with
 * an optional link inside the app. The recipient reads it and marks it read; nothing else changes.
 */
@Entity
@Table(name = "notification")
public class Notification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "recipient_account_id", nullable = false, updatable = false)
  private long recipientAccountId;

  @Column(name = "message_key", nullable = false, updatable = false)
  private String messageKey;

  @Column(name = "text_ja", nullable = false, updatable = false)
  private String textJa;

  @Column(name = "text_en", nullable = false, updatable = false)
  private String textEn;

  @Column(name = "link", updatable = false)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(long recipientAccountId, String messageKey, String textJa, String textEn, AppLink link,
      Instant now) {
    if (messageKey == null || messageKey.isBlank() || textJa.isBlank() || textEn.isBlank()) {
      throw new IllegalArgumentException("A notification has a key and a text in both languages");
    }
    this.recipientAccountId = recipientAccountId;
    this.messageKey = messageKey;
    this.textJa = textJa;
    this.textEn = textEn;
    this.link = link == null ? null : link.path();
    this.createdAt = now;
  }

  /** Marks it read; reading it again keeps the first time. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isFor(long accountId) {
    return recipientAccountId == accountId;
  }

  public String text(Locale locale) {
    return "en".equals(locale.getLanguage()) ? textEn : textJa;
  }

  public Long id() {
    return id;
  }

  public String messageKey() {
    return messageKey;
  }

  public Optional<AppLink> link() {
    return Optional.ofNullable(link).map(AppLink::new);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }
}
