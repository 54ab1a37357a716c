package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String stored = hasher.hash("correct horse battery");
    assertThat(hasher.matches("correct horse battery", stored)).isTrue();
    assertThat(hasher.matches("correct horse batterY", stored)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeAndNeverAppearsInTheHash() {
    String a = hasher.hash("same-password-123");
    String b = hasher.hash("same-password-123");
    assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$210000$").doesNotContain("same-password");
  }
}
