package jp.sukedachi.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sukedachi.notification.domain.RetryPolicy;
import jp.sukedachi.notification.infrastructure.MailConfig;
import jp.sukedachi.notification.infrastructure.MailFailure;
import jp.sukedachi.notification.infrastructure.SmtpMailer;

/**
 * Sends the due mails of the outbox: claims a batch, hands each to the SMTP server, records the
 * outcome, and goes on while full batches come back. A failure is retried by the retry policy
 * and never touches the notification the mail belongs to.
 */
@ApplicationScoped
public class MailRelay {
  static final int BATCH = 20;
  static final int MAX_BATCHES = 10;
  /** Longer than a batch can take with the mailer's timeouts (20 × (10 s + 30 s)). */
  static final Duration LEASE = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());

  @Inject OutboxStore outbox;
  @Inject SmtpMailer mailer;
  @Inject MailConfig config;
  @Inject Clock clock;

  /** Sends what is due; returns how many mails were attempted. Without an SMTP server, none. */
  public int relayDue() {
    Optional<MailConfig.Smtp> smtp = config.smtp();
    if (smtp.isEmpty()) {
      return 0;
    }
    RetryPolicy policy = config.retryPolicy();
    int attempted = 0;
    for (int round = 0; round < MAX_BATCHES; round++) {
      List<OutboxStore.Outgoing> batch = outbox.claimDue(clock.instant(), BATCH, LEASE);
      batch.forEach(mail -> send(smtp.get(), mail, policy));
      attempted += batch.size();
      if (batch.size() < BATCH) {
        break;
      }
    }
    return attempted;
  }

  private void send(MailConfig.Smtp smtp, OutboxStore.Outgoing mail, RetryPolicy policy) {
    try {
      mailer.send(smtp, mail.recipient(), mail.subject(), mail.body());
      outbox.sent(mail, clock.instant());
    } catch (MailFailure e) {
      LOG.log(Level.WARNING, "Mail {0} not sent ({1}): {2}", new Object[] {mail.id(),
          e.isPermanent() ? "refused for good" : "will retry", e.getMessage()});
      outbox.failed(mail, clock.instant(), e.getMessage(), e.isPermanent(), policy);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail " + mail.id() + " not sent; will retry", e);
      outbox.failed(mail, clock.instant(), String.valueOf(e), false, policy);
    }
  }
}
