package jp.sukedachi.notification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sukedachi.notification.infrastructure.MailConfig;

/**
 * Polls the outbox every {@code sukedachi.mail.poll.seconds} (30 by default) on each instance.
 *
 * <p>Why a programmatic EJB timer: {@code @Schedule} fixes its interval at compile time, and the
 * tests need a one-second poll; a non-persistent interval timer takes the configured interval,
 * is created and cancelled with the deployment, and needs no timer store, which Payara Micro
 * keeps in its data grid. Every instance polls; {@code FOR UPDATE SKIP LOCKED} in
 * {@link OutboxStore#claimDue} makes each mail go out once across the cluster. Polls on one
 * instance never overlap (a poll that finds the previous one still running returns at once),
 * and no container transaction wraps a poll: each claim and outcome has its own.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxPoller {
  private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());

  @Resource TimerService timers;
  @Inject MailRelay relay;
  @Inject MailConfig config;
  private final AtomicBoolean busy = new AtomicBoolean();

  @PostConstruct
  void start() {
    var smtp = config.smtp();
    config.retryPolicy(); // a malformed sukedachi.mail.retry.delays fails the deployment now, not later
    if (smtp.isEmpty()) {
      LOG.info("No SMTP server configured (sukedachi.mail.smtp.host, SUKEDACHI_MAIL_SMTP_HOST): mails stay "
          + "unsent in the outbox; notifications in the app work as usual");
      return;
    }
    Duration every = config.pollInterval();
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("mail-outbox", false));
    LOG.info(() -> "Sending mail through " + smtp.get() + "; polling the outbox every " + every.toSeconds() + " s");
  }

  @Timeout
  void poll() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      relay.relayDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Polling the mail outbox failed; the next poll tries again: {0}", String.valueOf(e));
    } finally {
      busy.set(false);
    }
  }
}
