package jp.sukedachi.notification.application;

import java.io.Serializable;
import java.util.List;

/** An account's newest notifications, and how many of all its notifications are unread. */
public record Inbox(long unread, List<NotificationView> items) implements Serializable {
  public Inbox {
    items = List.copyOf(items);
  }
}
