package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  @Test
  void byDefaultTheHeaderIsIgnored() {
    assertThat(TrustedProxies.none().client("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
    assertThat(TrustedProxies.parse("").client("127.0.0.1", "203.0.113.9")).isEqualTo("127.0.0.1");
  }

  @Test
  void aTrustedPeerHandsOnTheNearestUntrustedHop() {
    TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1");
    assertThat(proxies.client("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
    // the client may put anything on the left; only what the trusted proxies added counts
    assertThat(proxies.client("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3")).isEqualTo("203.0.113.9");
    assertThat(proxies.client("::1", "2001:DB8::7")).isEqualTo("2001:db8::7");
    assertThat(proxies.client("127.0.0.1", null)).isEqualTo("127.0.0.1");
  }

  @Test
  void anUntrustedPeerCannotChooseItsAddress() {
    TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");
    assertThat(proxies.client("198.51.100.4", "203.0.113.9")).isEqualTo("198.51.100.4");
    assertThat(proxies.trusts("11.0.0.1")).isFalse();
    assertThat(proxies.trusts("10.255.0.1")).isTrue();
  }

  @Test
  void namesAndGarbageAreNeverResolvedAndFallBackToThePeer() {
    TrustedProxies proxies = TrustedProxies.parse("127.0.0.1");
    assertThat(proxies.client("127.0.0.1", "evil.example")).isEqualTo("127.0.0.1");
    assertThat(proxies.client("127.0.0.1", "300.1.1.1")).isEqualTo("127.0.0.1");
    assertThat(proxies.client("127.0.0.1", "x".repeat(2000))).isEqualTo("127.0.0.1");
  }

  @Test
  void aBadConfigurationIsReported() {
    assertThatThrownBy(() -> TrustedProxies.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsReadAsCapacityOverPeriod() {
    Limit limit = Limit.parse("p", "5/PT15M");
    assertThat(limit.capacity()).isEqualTo(5);
    assertThat(limit.refillOne()).hasMinutes(3);
    assertThatThrownBy(() -> Limit.parse("p", "5 per minute")).hasMessageContaining("p must look like");
    assertThatThrownBy(() -> Limit.parse("p", "0/PT1M")).isInstanceOf(IllegalArgumentException.class);
  }
}
