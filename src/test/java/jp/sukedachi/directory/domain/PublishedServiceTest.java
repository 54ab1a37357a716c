package jp.sukedachi.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublishedServiceTest {
  private static PublishedService service(Integer minEmployees, Integer maxEmployees, Set<String> industries) {
    return new PublishedService(1, 2, 1, 3, "お助けネット", "九州あんしんネット", "", ServiceClass.CLASS_1,
        MonitoringType.COMBINED, 5_000, 1_000, 30_000, 20, Set.of("40", "43"), Set.of("NET-UTM"),
        minEmployees, maxEmployees, 1, 50, industries, true, 12, "", "平日 9–18", "あんしん損保",
        3_000_000, false, false, "OT-1", "2026.1", Instant.EPOCH);
  }

  @Test
  void theMatcherCanAskWhomItReachesAndWhatItCosts() {
    PublishedService s = service(5, 300, Set.of("MANUFACTURING"));
    assertThat(s.dispatchesTo("43")).isTrue();
    assertThat(s.dispatchesTo("13")).isFalse();
    assertThat(s.supportsEmployees(5)).isTrue();
    assertThat(s.supportsEmployees(4)).isFalse();
    assertThat(s.supportsEmployees(301)).isFalse();
    assertThat(s.supportsDevices(50)).isTrue();
    assertThat(s.supportsDevices(51)).isFalse();
    assertThat(s.serves("MANUFACTURING")).isTrue();
    assertThat(s.serves("RETAIL")).isFalse();
    assertThat(s.monthlyYenFor(12)).isEqualTo(17_000);
  }

  @Test
  void noLimitsAndNoIndustriesMeanEveryone() {
    PublishedService s = service(null, null, Set.of());
    assertThat(s.supportsEmployees(0)).isTrue();
    assertThat(s.supportsEmployees(100_000)).isTrue();
    assertThat(s.serves("INN")).isTrue();
  }
}
