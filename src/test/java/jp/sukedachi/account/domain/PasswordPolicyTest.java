package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  private static final PasswordPolicy POLICY = PasswordPolicy.standard();

  private static List<String> check(String password) {
    return POLICY.violations(password, "hanako.sato@example.jp", "佐藤 花子");
  }

  @Test
  void theBundledListIsLoaded() {
    assertThat(POLICY.listSize()).isGreaterThanOrEqualTo(29_000);
  }

  @Test
  void acceptsAnOrdinaryPassphraseAndTheDemoAndTestPasswords() {
    assertThat(check("correct horse battery")).isEmpty();
    assertThat(check("sukedachi-demo")).isEmpty();
    assertThat(check("long-enough-pw")).isEmpty();
    assertThat(POLICY.violations("sukedachi-demo", "admin@example.jp", "Administrator")).isEmpty();
  }

  @Test
  void keepsTheMinimumAndMaximumLength() {
    assertThat(check("Tr0ub4dor")).containsExactly("account.password.too-short");
    assertThat(check("x9!".repeat(43))).contains("account.password.too-long");
    assertThat(check(null)).containsExactly("account.password.too-short");
  }

  @Test
  void refusesCommonAndBreachedPasswordsWhateverTheCase() {
    assertThat(check("qwertyuiop")).contains("account.password.common");
    assertThat(check("Password123")).contains("account.password.common");
    assertThat(check("MANCHESTER")).contains("account.password.common");
  }

  @Test
  void refusesRepeatedCharactersSequencesAndTooFewDistinctOnes() {
    assertThat(check("aaaaaaaaaa")).contains("account.password.repeated");
    assertThat(check("my-aaaaa-house")).containsExactly("account.password.repeated");
    assertThat(check("house-12345-blue")).containsExactly("account.password.sequence");
    assertThat(check("abababababab")).containsExactly("account.password.few-characters");
  }

  @Test
  void refusesTheOwnEmailOrName() {
    assertThat(check("hanako.sato@example.jp")).contains("account.password.email");
    assertThat(check("x-Hanako.Sato-2026")).containsExactly("account.password.email");
    assertThat(check("blue-sato-house")).containsExactly("account.password.email");
    assertThat(check("佐藤花子のパスワード")).containsExactly("account.password.name");
    assertThat(POLICY.violations("taro yamada rocks", "ty@example.jp", "Taro Yamada"))
        .containsExactly("account.password.name");
    assertThat(POLICY.violations("ＴＡＲＯ-blue-house", "ty@example.jp", "Taro Yamada"))
        .containsExactly("account.password.name");
  }

  @Test
  void shortPersonalPiecesAreNotForbidden() {
    assertThat(POLICY.violations("ordinary phrase joy", "jo@example.jp", "Jo")).isEmpty();
  }
}
