package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unknown and wrong-password logins must cost the same: each hashes the password exactly once,
 * and neither changes the account (so neither writes to the database at commit). Refusals over a
 * rate limit happen before, the same for every e-mail (see ThrottlesTest).
 */
class LoginCheckTest {
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

  private static Map<String, Object> state(Account a) {
    Map<String, Object> fields = new HashMap<>();
    for (Field f : Account.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        try {
          fields.put(f.getName(), f.get(a));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return fields;
  }

  @Test
  void anUnknownEmailIsHashedAgainstTheDecoy() {
    CountingHasher hasher = new CountingHasher();
    assertThat(LoginCheck.passes(Optional.empty(), "the-right-passphrase", hasher)).isFalse();
    assertThat(hasher.compared).containsExactly(PasswordHasher.DECOY);
  }

  @Test
  void aWrongPasswordIsHashedOnceAndLeavesTheAccountAsItWas() {
    CountingHasher hasher = new CountingHasher();
    Account a = account();
    Map<String, Object> before = state(a);
    assertThat(LoginCheck.passes(Optional.of(a), "not-the-passphrase", hasher)).isFalse();
    assertThat(hasher.compared).containsExactly(HASH);
    assertThat(state(a)).as("nothing to write at commit").isEqualTo(before);
  }

  @Test
  void theRightPasswordPassesAfterOneHash() {
    CountingHasher hasher = new CountingHasher();
    assertThat(LoginCheck.passes(Optional.of(account()), "the-right-passphrase", hasher)).isTrue();
    assertThat(hasher.compared).containsExactly(HASH);
  }

  @Test
  void theAccountHasNoFailureCounterToWriteAfterAWrongPassword() {
    // Failures are counted atomically in the rate-limit buckets for every e-mail alike; an entity
    // field would be a read-then-write in another transaction, and a write only for real accounts.
    assertThat(Account.class.getDeclaredFields()).extracting(Field::getName)
        .doesNotContain("failedLogins", "lockedUntil");
  }
}
