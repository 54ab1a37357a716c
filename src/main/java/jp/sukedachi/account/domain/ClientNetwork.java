package jp.sukedachi.account.domain;

import java.util.Locale;
import jp.sukedachi.platform.Networks;

/**
 * The part of a client address the rate limits count by. One IPv6 subscriber usually gets a whole
 * /64 and can pick any of its 2^64 addresses, so an IPv6 client is its /64 ({@code 2001:db8:1:2::/64});
 * an IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.7}, as a dual-stack socket reports IPv4
 * peers) is the plain IPv4 address, so one client is not two; an IPv4 address is itself.
 * Anything that is not an address literal (it should not happen: {@code Forwarding} gives only
 * literals) is kept as it is, lower-cased. Literals are read by {@link Networks#address}.
 */
public final class ClientNetwork {
  private ClientNetwork() {}

  public static String of(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    return Networks.address(address).map(ClientNetwork::network)
        .orElseGet(() -> address.strip().toLowerCase(Locale.ROOT));
  }

  private static String network(byte[] b) {
    if (b.length == 4) { // also ::ffff:a.b.c.d, which Java reads as IPv4
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
    }
    return String.format("%x:%x:%x:%x::/64", word(b, 0), word(b, 2), word(b, 4), word(b, 6));
  }

  private static int word(byte[] b, int i) {
    return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }
}
