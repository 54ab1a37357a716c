package jp.sukedachi.account.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every five minutes, deletes the rate-limit buckets that are full again (batch after batch, see
 * {@link Throttles#removeExpired}) and the sign-up requests whose link has expired. Safe on several
 * instances at once: both are plain deletes of rows past their time (the buckets' with
 * {@code SKIP LOCKED}).
 *
 * <p>The timer runs outside any container transaction, so each delete is its own transaction
 * (the sign-up one through {@link AccountService}'s {@code @Transactional}): a failing one is
 * rolled back and logged here, and cannot spoil the other or end in an error at commit.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountHousekeeping {
  private static final Logger LOG = Logger.getLogger(AccountHousekeeping.class.getName());

  @Inject Throttles throttles;
  @Inject AccountService accounts;

  @Schedule(hour = "*", minute = "*/5", persistent = false)
  void clean() {
    try {
      int buckets = throttles.removeExpired();
      LOG.fine(() -> "Removed " + buckets + " idle rate-limit buckets");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Removing idle rate-limit buckets failed; it is tried again in five minutes", e);
    }
    try {
      int requests = accounts.removeExpiredSignUps();
      LOG.fine(() -> "Removed " + requests + " expired sign-up requests");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Removing expired sign-up requests failed; it is tried again in five minutes", e);
    }
  }
}
