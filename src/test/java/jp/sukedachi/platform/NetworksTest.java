package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetworksTest {

  @Test
  void loopbackByDefaultMatchesOnlyTheLoopbackHosts() {
    Networks loopback = Networks.parse("127.0.0.1/32, ::1");
    assertThat(loopback.contains("127.0.0.1")).isTrue();
    assertThat(loopback.contains("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(loopback.contains("[::1]")).isTrue();
    assertThat(loopback.contains("::ffff:127.0.0.1")).as("IPv4-mapped").isTrue();
    assertThat(loopback.contains("127.0.0.2")).isFalse();
    assertThat(loopback.contains("10.0.0.1")).isFalse();
    assertThat(loopback.contains("::2")).isFalse();
  }

  @Test
  void prefixesCoverTheirNetworkToTheBit() {
    Networks n = Networks.parse("10.0.0.0/8,192.168.4.0/22,2001:db8::/32");
    assertThat(n.contains("10.255.1.2")).isTrue();
    assertThat(n.contains("11.0.0.1")).isFalse();
    assertThat(n.contains("192.168.7.255")).isTrue();
    assertThat(n.contains("192.168.8.0")).isFalse();
    assertThat(n.contains("192.168.3.255")).isFalse();
    assertThat(n.contains("2001:db8:ffff::1")).isTrue();
    assertThat(n.contains("2001:db9::1")).isFalse();
    assertThat(Networks.parse("0.0.0.0/0").contains("203.0.113.9")).isTrue();
  }

  @Test
  void noNetworksAndNonAddressesMatchNothing() {
    assertThat(Networks.parse("").isEmpty()).isTrue();
    assertThat(Networks.parse(null).contains("127.0.0.1")).isFalse();
    Networks n = Networks.parse("127.0.0.1");
    assertThat(n.contains("localhost")).as("never a DNS lookup").isFalse();
    assertThat(n.contains("unknown")).isFalse();
    assertThat(n.contains("")).isFalse();
    assertThat(n.contains(null)).isFalse();
  }

  @Test
  void onlyWhatJavaReadsWithoutDnsIsAnAddress() {
    assertThat(Networks.address("203.0.113.7")).hasValueSatisfying(b -> assertThat(b).hasSize(4));
    assertThat(Networks.address("[2001:db8::1%eth0]")).hasValueSatisfying(b -> assertThat(b).hasSize(16));
    assertThat(Networks.address("::ffff:203.0.113.7")).as("IPv4-mapped").hasValueSatisfying(b -> assertThat(b).hasSize(4));
    assertThat(Networks.isAddress("999.1.1.1")).as("an octet over 255 would be a DNS lookup").isFalse();
    assertThat(Networks.isAddress("10.1")).as("a short form is another address").isFalse();
    assertThat(Networks.isAddress("1:" + "0".repeat(60))).as("longer than any IPv6 address").isFalse();
  }

  @Test
  void aMalformedEntryIsRefusedByName() {
    assertThatThrownBy(() -> Networks.parse("127.0.0.1/33")).hasMessageContaining("127.0.0.1/33");
    assertThatThrownBy(() -> Networks.parse("10.0.0.0/x")).hasMessageContaining("10.0.0.0/x");
    assertThatThrownBy(() -> Networks.parse("proxy.example.jp")).hasMessageContaining("proxy.example.jp");
  }
}
