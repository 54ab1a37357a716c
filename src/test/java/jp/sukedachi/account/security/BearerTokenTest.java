package jp.sukedachi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwdw==", "bearer abc", "Token abc"})
  void noTokenWithoutTheBearerScheme(String header) {
    assertThat(BearerToken.of(header)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer abc-DEF_123", "Bearer   abc-DEF_123  "})
  void theTokenIsWhatFollowsTheScheme(String header) {
    assertThat(BearerToken.of(header)).contains("abc-DEF_123");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201})
  void anAbsurdlyLongTokenIsNotLookedUp(int length) {
    assertThat(BearerToken.of("Bearer " + "x".repeat(length)).isPresent()).isEqualTo(length <= 200);
  }
}
