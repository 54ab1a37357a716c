package jp.sukedachi.account.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The part of a client address the rate limits count by. One IPv6 subscriber usually gets a whole
 * /64 and can pick any of its 2^64 addresses, so an IPv6 client is its /64 ({@code 2001:db8:1:2::/64});
 * an IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.7}, as a dual-stack socket reports IPv4
 * peers) is the plain IPv4 address, so one client is not two; an IPv4 address is itself.
 * Anything that is not an address literal (it should not happen) is kept as it is, lower-cased.
 */
public final class ClientNetwork {
  private ClientNetwork() {}

  public static String of(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!isLiteral(literal)) {
      return literal.toLowerCase(Locale.ROOT);
    }
    try {
      // A literal (only hex digits, dots and colons) is parsed, never looked up in DNS.
      InetAddress parsed = InetAddress.getByName(literal);
      if (parsed instanceof Inet4Address) {
        return parsed.getHostAddress(); // also ::ffff:a.b.c.d, which Java reads as IPv4
      }
      if (parsed instanceof Inet6Address) {
        byte[] b = parsed.getAddress();
        return String.format("%x:%x:%x:%x::/64",
            word(b, 0), word(b, 2), word(b, 4), word(b, 6));
      }
    } catch (UnknownHostException notAnAddress) {
      // kept as it is below
    }
    return literal.toLowerCase(Locale.ROOT);
  }

  private static boolean isLiteral(String text) {
    if (text.isEmpty() || text.length() > 45) {
      return false;
    }
    boolean colon = text.indexOf(':') >= 0;
    for (char c : text.toCharArray()) {
      boolean ok = (c >= '0' && c <= '9') || c == '.' || (colon && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!ok) {
        return false;
      }
    }
    return colon || text.chars().filter(c -> c == '.').count() == 3;
  }

  private static int word(byte[] b, int i) {
    return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }
}
