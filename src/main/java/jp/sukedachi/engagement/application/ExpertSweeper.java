package jp.sukedachi.engagement.application;

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
import jp.sukedachi.expert.application.RenewalWatch;

/**
 * Every {@code sukedachi.experts.sweep.seconds} (60 by default): requests whose deadline passed
 * expire and pass on, and experts whose registration lapsed are told. A non-persistent
 * programmatic timer for the same reasons as the mail outbox poller; every instance sweeps, and
 * the conditional updates make each expiry and each lapse notice happen once across the cluster.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpertSweeper {
  private static final Logger LOG = Logger.getLogger(ExpertSweeper.class.getName());
  private static final int BATCH = 50;

  @Resource TimerService timers;
  @Inject PassOn passOn;
  @Inject RenewalWatch renewals;
  @Inject ExpertRules rules;
  private final AtomicBoolean busy = new AtomicBoolean();

  @PostConstruct
  void start() {
    Duration every = rules.sweepInterval();
    timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("expert-deadlines", false));
  }

  @Timeout
  void sweep() {
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    try {
      for (long id : passOn.overdue(BATCH)) {
        try {
          passOn.expire(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Expiring request " + id + " failed; the next sweep tries again", e);
        }
      }
      renewals.tellLapsed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sweeping expert deadlines failed; the next sweep tries again", e);
    } finally {
      busy.set(false);
    }
  }
}
