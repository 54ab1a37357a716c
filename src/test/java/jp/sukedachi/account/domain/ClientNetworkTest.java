package jp.sukedachi.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rate limits count an IPv6 client by its /64 and an IPv4-mapped address as plain IPv4. */
class ClientNetworkTest {
  @Test
  void anIpv4AddressIsItself() {
    assertThat(ClientNetwork.of("203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void everyAddressOfOneIpv6SlashSixtyFourIsOneClient() {
    String one = ClientNetwork.of("2001:db8:1:2::1");
    assertThat(one).isEqualTo("2001:db8:1:2::/64");
    assertThat(ClientNetwork.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).isEqualTo(one);
    assertThat(ClientNetwork.of("[2001:DB8:1:2:abcd::9]")).isEqualTo(one);
    assertThat(ClientNetwork.of("2001:db8:1:2::1%eth0")).isEqualTo(one);
  }

  @Test
  void neighbouringSlashSixtyFoursAreDifferentClients() {
    assertThat(ClientNetwork.of("2001:db8:1:3::1")).isNotEqualTo(ClientNetwork.of("2001:db8:1:2::1"));
    assertThat(ClientNetwork.of("::1")).isEqualTo("0:0:0:0::/64");
  }

  @Test
  void anIpv4MappedAddressIsThePlainIpv4Address() {
    assertThat(ClientNetwork.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(ClientNetwork.of("::FFFF:cb00:7107")).isEqualTo("203.0.113.7");
    assertThat(ClientNetwork.of("[::ffff:127.0.0.1]")).isEqualTo("127.0.0.1");
  }

  @Test
  void somethingThatIsNotAnAddressIsKeptWithoutAnyLookUp() {
    assertThat(ClientNetwork.of("localhost")).isEqualTo("localhost");
    assertThat(ClientNetwork.of("")).isEqualTo("unknown");
    assertThat(ClientNetwork.of(null)).isEqualTo("unknown");
  }
}
