package jp.sukedachi.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.sukedachi.assessment.access.DataPart;
import org.junit.jupiter.api.Test;

class ConsentGrantTest {
  private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

  @Test
  void aGrantIsLiveUntilItsExpiryAndNotAfter() {
    var grant = new ConsentGrant(1, 2, EnumSet.of(DataPart.PROFILE), NOW, NOW.plus(Duration.ofDays(7)));
    assertThat(grant.isLive(NOW)).isTrue();
    assertThat(grant.isLive(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
    assertThat(grant.isLive(NOW.plus(Duration.ofDays(7)))).isFalse();
  }

  @Test
  void aGrantWithoutExpiryLastsUntilRevokedAndRevokingKeepsTheFirstTime() {
    var grant = new ConsentGrant(1, 2, EnumSet.of(DataPart.PLAN), NOW, null);
    assertThat(grant.isLive(NOW.plus(Duration.ofDays(3650)))).isTrue();
    grant.revoke(NOW.plusSeconds(60));
    grant.revoke(NOW.plusSeconds(120));
    assertThat(grant.isLive(NOW.plusSeconds(61))).isFalse();
    assertThat(grant.revokedAt()).contains(NOW.plusSeconds(60));
  }

  @Test
  void aGrantCoversOnlyItsParts() {
    var grant = new ConsentGrant(1, 2, EnumSet.of(DataPart.PROFILE, DataPart.ASSET_COUNTS), NOW, null);
    assertThat(grant.covers(Set.of(DataPart.PROFILE))).isTrue();
    assertThat(grant.covers(Set.of(DataPart.PROFILE, DataPart.PLAN))).isFalse();
  }

  @Test
  void aGrantNeedsAPartAndAFutureExpiry() {
    assertThatThrownBy(() -> new ConsentGrant(1, 2, EnumSet.noneOf(DataPart.class), NOW, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConsentGrant(1, 2, EnumSet.of(DataPart.PLAN), NOW, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
