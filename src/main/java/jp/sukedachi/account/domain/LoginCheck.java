package jp.sukedachi.account.domain;

import java.util.Optional;

/**
 * Decides a login so that an unknown e-mail and a wrong password cannot be told apart, by answer
 * or by time: the password is hashed exactly once in every case (against a decoy hash when no
 * account has the e-mail), and nothing is recorded on the account (failures are counted in the
 * rate limits, the same for every e-mail, see {@code account.application.Throttles}).
 */
public final class LoginCheck {
  /** Compares a password with a stored hash ({@link PasswordHasher}, or a counting one in tests). */
  @FunctionalInterface
  public interface Hasher {
    boolean matches(String password, String stored);
  }

  private LoginCheck() {}

  /** True when the account exists and the password is right. */
  public static boolean passes(Optional<Account> account, String password, Hasher hasher) {
    boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(PasswordHasher.DECOY));
    return account.isPresent() && matches;
  }
}
