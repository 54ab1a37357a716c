package jp.sukedachi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A mail's life in the outbox: due at once, retried by the policy, sent or given up. */
class OutboxMailTest {
  private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
  private static final RetryPolicy THREE_TRIES = new RetryPolicy(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5)));

  private static OutboxMail mail() {
    return new OutboxMail(7L, "expert@example.jp", new ComposedMail("件名 / Subject", "本文"), T0);
  }

  @Test
  void aNewMailIsPendingAndDueNow() {
    OutboxMail m = mail();
    assertThat(m.status()).isEqualTo(MailStatus.PENDING);
    assertThat(m.nextAttemptAt()).isEqualTo(T0);
    assertThat(m.attempts()).isZero();
  }

  @Test
  void aFailedAttemptIsRetriedByThePolicyAndTheLastOneGivesUp() {
    OutboxMail m = mail();
    m.failed(T0, "451 local error", false, THREE_TRIES);
    assertThat(m.status()).isEqualTo(MailStatus.PENDING);
    assertThat(m.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(m.lastError()).contains("451 local error");

    Instant t1 = T0.plus(Duration.ofMinutes(1));
    m.failed(t1, "connection refused", false, THREE_TRIES);
    assertThat(m.status()).isEqualTo(MailStatus.PENDING);
    assertThat(m.nextAttemptAt()).isEqualTo(t1.plus(Duration.ofMinutes(5)));

    m.failed(t1.plus(Duration.ofMinutes(5)), "connection refused", false, THREE_TRIES);
    assertThat(m.status()).isEqualTo(MailStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(3);
    assertThat(m.sentAt()).isEmpty();
  }

  @Test
  void aPermanentRefusalGivesUpAtOnce() {
    OutboxMail m = mail();
    m.failed(T0, "550 no such user", true, THREE_TRIES);
    assertThat(m.status()).isEqualTo(MailStatus.FAILED);
    assertThat(m.attempts()).isEqualTo(1);
  }

  @Test
  void aSentMailIsDoneAndCannotFailLater() {
    OutboxMail m = mail();
    m.failed(T0, "timeout", false, THREE_TRIES);
    m.sent(T0.plus(Duration.ofMinutes(1)));
    assertThat(m.status()).isEqualTo(MailStatus.SENT);
    assertThat(m.sentAt()).contains(T0.plus(Duration.ofMinutes(1)));
    assertThat(m.attempts()).isEqualTo(2);
    assertThat(m.lastError()).isEmpty();
    assertThatThrownBy(() -> m.failed(T0, "late", false, THREE_TRIES)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> m.sent(T0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnclaimedMailIsHeldByNoSender() {
    assertThat(mail().isClaimedBy(UUID.randomUUID())).isFalse();
    assertThat(mail().isClaimedBy(null)).isFalse();
  }

  @Test
  void errorsAreKeptShortAndOnOneLine() {
    OutboxMail m = mail();
    m.failed(T0, "first line\r\nsecond line " + "x".repeat(1000), false, THREE_TRIES);
    assertThat(m.lastError().orElseThrow()).startsWith("first line second line").doesNotContain("\n")
        .hasSizeLessThanOrEqualTo(OutboxMail.MAX_ERROR);
  }

  @Test
  void aRecipientIsOneAddressOnOneLine() {
    ComposedMail c = new ComposedMail("s", "b");
    assertThatThrownBy(() -> new OutboxMail(1L, "a@example.jp\r\nBcc: b@example.jp", c, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboxMail(1L, " ", c, T0)).isInstanceOf(IllegalArgumentException.class);
  }
}
