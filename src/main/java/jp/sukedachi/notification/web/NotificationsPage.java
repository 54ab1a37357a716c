package jp.sukedachi.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.notification.application.Inbox;
import jp.sukedachi.notification.application.NotificationService;
import jp.sukedachi.notification.application.NotificationView;
import jp.sukedachi.platform.web.FacesErrors;
import jp.sukedachi.platform.web.Language;

/** The signed-in account's notifications: read them, mark them read, follow their links. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject NotificationService notifications;
  @Inject SignedIn signedIn;
  @Inject FacesErrors errors;
  @Inject Language language;

  private Inbox inbox = new Inbox(0, List.of());

  @PostConstruct
  void load() {
    inbox = notifications.inbox(signedIn.get(), locale(), NotificationService.DEFAULT_LIMIT);
  }

  public void markRead(long id) {
    errors.attempt("list", () -> notifications.markRead(signedIn.get(), id, locale()));
    load();
  }

  public void markAllRead() {
    notifications.markAllRead(signedIn.get());
    load();
  }

  /** Marks it read and goes where it leads (always a page of this application). */
  public void open(long id) throws IOException {
    NotificationView[] opened = new NotificationView[1];
    if (errors.attempt("list", () -> opened[0] = notifications.markRead(signedIn.get(), id, locale()))
        && opened[0].link() != null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + opened[0].link());
      return;
    }
    load();
  }

  /** A time in Japan, where the service's users are: 2026-04-01 09:30. */
  public String when(Instant at) {
    return WHEN.format(at);
  }

  public List<NotificationView> getItems() {
    return inbox.items();
  }

  public long getUnread() {
    return inbox.unread();
  }

  private Locale locale() {
    return language.getLocale();
  }
}
