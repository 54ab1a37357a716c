package jp.sukedachi.account.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes, deletes the rate-limit buckets that are full again and the sign-up requests
 * whose link has expired. Safe on several instances at once: both are plain deletes of rows past
 * their time (the buckets' with {@code SKIP LOCKED}).
 */
@Singleton
public class AccountHousekeeping {
  private static final Logger LOG = Logger.getLogger(AccountHousekeeping.class.getName());

  @Inject Throttles throttles;
  @Inject AccountService accounts;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void clean() {
    try {
      int buckets = throttles.removeExpired();
      int requests = accounts.removeExpiredSignUps();
      LOG.fine(() -> "Removed " + buckets + " idle rate-limit buckets and " + requests + " expired sign-up requests");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Account housekeeping failed; it runs again in ten minutes", e);
    }
  }
}
