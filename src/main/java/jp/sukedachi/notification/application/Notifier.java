package jp.sukedachi.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.notification.domain.AppLink;
import jp.sukedachi.notification.domain.MailComposer;
import jp.sukedachi.notification.domain.Notification;
import jp.sukedachi.notification.domain.OutboxMail;
import jp.sukedachi.notification.infrastructure.MailConfig;
import jp.sukedachi.platform.Texts;

/**
 * Tells an account something: stores the in-app notification and, in the same transaction (the
 * caller's, when it has one), the mail to the account's address in the outbox. The mail is sent
 * later by {@link MailRelay}; whether it ever goes out, the notification stays.
 */
@ApplicationScoped
public class Notifier {
  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

  @PersistenceContext EntityManager em;
  @Inject AccountDirectory accounts;
  @Inject MailConfig config;
  @Inject Clock clock;

  /**
   * @param messageKey a key of the messages bundles, with {@code <messageKey>.subject} for the mail
   * @param args the message's arguments: text (made safe, see {@code UserText}), numbers, reasons,
   *     or lists of these
   * @param link a path inside the application, or null
   * @return the notification's id
   */
  @Transactional
  public long notify(long recipientAccountId, String messageKey, List<Object> args, String link) {
    AccountPrincipal recipient = accounts.byId(recipientAccountId)
        .orElseThrow(() -> new IllegalArgumentException("No account " + recipientAccountId));
    List<Object> arguments = new ArrayList<>(args);
    AppLink target = link == null ? null : new AppLink(link);
    MailComposer composer = new MailComposer(Texts::message, config.publicUrl());
    Instant now = clock.instant();
    Notification n = new Notification(recipient.id(), messageKey,
        composer.text(Locale.JAPANESE, messageKey, arguments), composer.text(Locale.ENGLISH, messageKey, arguments),
        target, now);
    em.persist(n);
    em.flush();
    OutboxMail mail = new OutboxMail(n.id(), recipient.email(), composer.compose(messageKey, arguments, target), now);
    em.persist(mail);
    if (config.smtp().isEmpty()) {
      LOG.info(() -> "Mail for notification " + n.id() + " stays unsent in the outbox: no SMTP server is "
          + "configured (sukedachi.mail.smtp.host)");
    }
    return n.id();
  }
}
