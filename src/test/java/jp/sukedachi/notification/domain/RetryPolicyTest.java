package jp.sukedachi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

  @ParameterizedTest(name = "after {0} failed attempt(s) wait {1}")
  @CsvSource({"1, PT1M", "2, PT5M", "3, PT30M", "4, PT2H", "5, PT6H", "6, PT24H"})
  void theStandardScheduleBacksOffFromAMinuteToADay(int failed, String wait) {
    assertThat(RetryPolicy.STANDARD.nextAttempt(failed, NOW)).contains(NOW.plus(Duration.parse(wait)));
  }

  @Test
  void afterTheSeventhFailureTheStandardScheduleGivesUp() {
    assertThat(RetryPolicy.STANDARD.maxAttempts()).isEqualTo(7);
    assertThat(RetryPolicy.STANDARD.nextAttempt(7, NOW)).isEmpty();
    assertThat(RetryPolicy.STANDARD.nextAttempt(8, NOW)).isEmpty();
  }

  @Test
  void theStandardScheduleIsWhatTheConfigurationDefaultSays() {
    assertThat(RetryPolicy.parse("PT1M,PT5M,PT30M,PT2H,PT6H,PT24H")).isEqualTo(RetryPolicy.STANDARD);
  }

  @Test
  void parsesIsoDurationsSeparatedByCommasAndSpaces() {
    assertThat(RetryPolicy.parse(" PT1S, PT2S ,PT10M ").delays())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10));
    assertThat(RetryPolicy.parse("").maxAttempts()).as("no delay: one attempt").isEqualTo(1);
  }

  @Test
  void rejectsWhatIsNotAPositiveDuration() {
    assertThatThrownBy(() -> RetryPolicy.parse("PT1M,5 minutes")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 minutes");
    assertThatThrownBy(() -> RetryPolicy.parse("PT0S")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(List.of(Duration.ofSeconds(-1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thereIsNoRetryBeforeAFailure() {
    assertThatThrownBy(() -> RetryPolicy.STANDARD.nextAttempt(0, NOW)).isInstanceOf(IllegalArgumentException.class);
  }
}
