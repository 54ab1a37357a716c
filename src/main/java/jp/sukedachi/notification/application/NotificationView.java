package jp.sukedachi.notification.application;

import java.io.Serializable;
import java.time.Instant;

/** One notification as its recipient sees it, in the language asked for. */
public record NotificationView(long id, String messageKey, String text, String link, Instant createdAt,
    Instant readAt) implements Serializable {
  public boolean read() {
    return readAt != null;
  }
}
