package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unknown, locked and wrong-password logins must cost the same: each hashes the password exactly
 * once, before the lock is looked at (timing itself is measured by hand, see the README).
 */
class LoginCheckTest {
  private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
  private static final PasswordHasher REAL = new PasswordHasher();
  private static final String HASH = REAL.hash("the-right-passphrase");

  /** Records every hash it is asked to compare against, and answers like the real hasher. */
  private static final class CountingHasher implements LoginCheck.Hasher {
    final List<String> compared = new ArrayList<>();

    @Override
    public boolean matches(String password, String stored) {
      compared.add(stored);
      return REAL.matches(password, stored);
    }
  }

  private static Account account() {
    return new Account("owner@example.jp", HASH, "Owner", Role.SME);
  }

  @Test
  void anUnknownEmailIsHashedAgainstTheDecoy() {
    CountingHasher hasher = new CountingHasher();
    assertThat(LoginCheck.passes(Optional.empty(), "the-right-passphrase", NOW, hasher)).isFalse();
    assertThat(hasher.compared).containsExactly(PasswordHasher.DECOY);
  }

  @Test
  void aLockedAccountIsHashedBeforeItsLockIsSeen() {
    Account locked = account();
    for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
      locked.recordFailedLogin(NOW);
    }
    assertThat(locked.isLocked(NOW)).isTrue();
    CountingHasher hasher = new CountingHasher();
    assertThat(LoginCheck.passes(Optional.of(locked), "the-right-passphrase", NOW, hasher)).isFalse();
    assertThat(hasher.compared).containsExactly(HASH);
  }

  @Test
  void aWrongPasswordIsHashedOnceAndCounted() {
    CountingHasher hasher = new CountingHasher();
    Account a = account();
    assertThat(LoginCheck.passes(Optional.of(a), "not-the-passphrase", NOW, hasher)).isFalse();
    assertThat(hasher.compared).containsExactly(HASH);
  }

  @Test
  void theLockIsShortAndTheOwnerGetsInAfterIt() {
    Account a = account();
    for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
      LoginCheck.passes(Optional.of(a), "guess-" + i, NOW, new CountingHasher());
    }
    assertThat(LoginCheck.passes(Optional.of(a), "the-right-passphrase", NOW, new CountingHasher())).isFalse();
    assertThat(Account.LOCK).isLessThanOrEqualTo(Duration.ofMinutes(2));
    Instant later = NOW.plus(Account.LOCK);
    assertThat(LoginCheck.passes(Optional.of(a), "the-right-passphrase", later, new CountingHasher())).isTrue();
  }

  @Test
  void fewerWrongPasswordsThanTheThresholdDoNotLock() {
    Account a = account();
    for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
      LoginCheck.passes(Optional.of(a), "guess-" + i, NOW, new CountingHasher());
    }
    assertThat(LoginCheck.passes(Optional.of(a), "the-right-passphrase", NOW, new CountingHasher())).isTrue();
  }
}
