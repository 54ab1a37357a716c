package jp.sukedachi.account.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides a login so that an unknown e-mail, a locked account and a wrong password cannot be
 * told apart, by answer or by time: the password is hashed exactly once in every case (against
 * a decoy hash when no account has the e-mail) before anything else is looked at, and the lock
 * is checked only after the hash.
 */
public final class LoginCheck {
  /** Compares a password with a stored hash ({@link PasswordHasher}, or a counting one in tests). */
  @FunctionalInterface
  public interface Hasher {
    boolean matches(String password, String stored);
  }

  private LoginCheck() {}

  /** True when the account exists, is not locked and the password is right; records the outcome on it. */
  public static boolean passes(Optional<Account> account, String password, Instant now, Hasher hasher) {
    boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(PasswordHasher.DECOY));
    if (account.isEmpty()) {
      return false;
    }
    Account a = account.get();
    if (a.isLocked(now)) {
      return false;
    }
    if (!matches) {
      a.recordFailedLogin(now);
      return false;
    }
    a.recordSuccessfulLogin();
    return true;
  }
}
