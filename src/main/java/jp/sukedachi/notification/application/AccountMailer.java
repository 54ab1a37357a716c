package jp.sukedachi.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import jp.sukedachi.account.application.AccountMail;
import jp.sukedachi.notification.domain.AppLink;
import jp.sukedachi.notification.domain.MailComposer;
import jp.sukedachi.notification.domain.OutboxMail;
import jp.sukedachi.notification.infrastructure.MailConfig;
import jp.sukedachi.platform.Texts;

/**
 * The sign-up mails, for an address that may have no account yet: straight into the outbox (no
 * in-app notification), sent and retried by {@link MailRelay} like every other mail. Without an
 * SMTP server (the local run) the confirmation link is written to the log instead, so a developer
 * can use it.
 */
@ApplicationScoped
public class AccountMailer implements AccountMail {
  private static final Logger LOG = Logger.getLogger(AccountMailer.class.getName());

  @PersistenceContext EntityManager em;
  @Inject MailConfig config;
  @Inject Clock clock;

  @Override
  @Transactional
  public void confirmSignUp(String email, String confirmPath) {
    AppLink link = new AppLink(confirmPath);
    queue(email, "mail.signup.confirm", link);
    if (config.smtp().isEmpty()) {
      LOG.info(() -> "No SMTP server is configured (sukedachi.mail.smtp.host): the sign-up of " + email
          + " is confirmed at " + link.absolute(config.publicUrl()));
    }
  }

  @Override
  @Transactional
  public void signUpWithRegisteredAddress(String email) {
    queue(email, "mail.signup.registered", new AppLink("/login.xhtml"));
  }

  private void queue(String email, String key, AppLink link) {
    MailComposer composer = new MailComposer(Texts::message, config.publicUrl());
    em.persist(new OutboxMail(null, email, composer.compose(key, List.of(), link), clock.instant()));
  }
}
