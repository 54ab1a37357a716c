package jp.sukedachi.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in an inquiry's thread, plain text as its author wrote it. */
@Entity
@Table(name = "inquiry_message")
public class InquiryMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "inquiry_id", nullable = false, updatable = false)
  private long inquiryId;

  @Column(name = "author_account_id", nullable = false, updatable = false)
  private long authorAccountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_side", nullable = false, updatable = false)
  private Side authorSide;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected InquiryMessage() {}

  /** @param body checked with {@link InquiryRules#message} and normalised by the caller */
  public InquiryMessage(long inquiryId, long authorAccountId, Side authorSide, String body, Instant sentAt) {
    if (!InquiryRules.message("text", body).isEmpty()) {
      throw new IllegalArgumentException("An unchecked message");
    }
    this.inquiryId = inquiryId;
    this.authorAccountId = authorAccountId;
    this.authorSide = authorSide;
    this.body = InquiryRules.normalise(body);
    this.sentAt = sentAt;
  }

  public Long id() { return id; }
  public long inquiryId() { return inquiryId; }
  public Side authorSide() { return authorSide; }
  public String body() { return body; }
  public Instant sentAt() { return sentAt; }
}
