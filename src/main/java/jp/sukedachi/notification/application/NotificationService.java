package jp.sukedachi.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.notification.domain.AppLink;
import jp.sukedachi.notification.domain.Notification;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/** An account reads its own notifications and marks them read; nobody sees another's. */
@ApplicationScoped
public class NotificationService {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
  private static final String NOT_FOUND = "error.notification-not-found";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The newest {@code limit} notifications, newest first, and the unread count. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Inbox inbox(AccountPrincipal actor, Locale locale, long limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInputException.of("limit", "notification.limit", 1, MAX_LIMIT);
    }
    var items = em.createQuery("select n from Notification n where n.recipientAccountId = :a "
            + "order by n.createdAt desc, n.id desc", Notification.class)
        .setParameter("a", actor.id()).setMaxResults((int) limit).getResultStream()
        .map(n -> view(n, locale)).toList();
    return new Inbox(unread(actor), items);
  }

  /** How many are unread: one count on a partial index, cheap enough for every page's header. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long unread(AccountPrincipal actor) {
    return em.createQuery("select count(n) from Notification n where n.recipientAccountId = :a "
            + "and n.readAt is null", Long.class)
        .setParameter("a", actor.id()).getSingleResult();
  }

  /** Marks one of the caller's notifications read; another's is "not found". */
  @Transactional
  public NotificationView markRead(AccountPrincipal actor, long id, Locale locale) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.isFor(actor.id())) {
      throw new NotFoundException(NOT_FOUND);
    }
    n.markRead(clock.instant());
    return view(n, locale);
  }

  /** Marks all the caller's notifications read; returns how many were unread. */
  @Transactional
  public int markAllRead(AccountPrincipal actor) {
    var now = clock.instant();
    var unread = em.createQuery("select n from Notification n where n.recipientAccountId = :a "
            + "and n.readAt is null", Notification.class)
        .setParameter("a", actor.id()).getResultList();
    unread.forEach(n -> n.markRead(now));
    return unread.size();
  }

  private static NotificationView view(Notification n, Locale locale) {
    return new NotificationView(n.id(), n.messageKey(), n.text(locale), n.link().map(AppLink::path).orElse(null),
        n.createdAt(), n.readAt().orElse(null));
  }
}
