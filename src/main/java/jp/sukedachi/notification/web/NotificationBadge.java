package jp.sukedachi.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.notification.application.NotificationService;

/** The unread count in the header of every page: one indexed count per request, none when signed out. */
@Named
@RequestScoped
public class NotificationBadge {
  @Inject NotificationService notifications;
  @Inject SignedIn signedIn;
  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = signedIn.principal().map(notifications::unread).orElse(0L);
    }
    return unread;
  }
}
