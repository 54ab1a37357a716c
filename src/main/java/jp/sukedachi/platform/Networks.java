package jp.sukedachi.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of IP networks in CIDR notation ({@code 127.0.0.1/32, ::1, 10.0.0.0/8}), read from
 * configuration: the proxies whose forwarding headers are believed, the networks that may read
 * the operational endpoints. An address without a prefix length is one host. Only address
 * literals are accepted (a host name would mean a DNS lookup at every check).
 */
public final class Networks {
  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  /**
   * Dotted IPv4 with four octets, or IPv6 (a colon, at most 45 characters): what Java parses
   * without asking DNS (an octet over 255 or a short form such as {@code 10.1} would be a lookup
   * or another address).
   */
  private static final Pattern LITERAL =
      Pattern.compile(OCTET + "(\\." + OCTET + "){3}|(?=.{2,45}$)[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private final List<Cidr> cidrs;

  private Networks(List<Cidr> cidrs) {
    this.cidrs = List.copyOf(cidrs);
  }

  /** Parses a comma-separated list; blank means none. Fails on a malformed entry, naming it. */
  public static Networks parse(String list) {
    List<Cidr> cidrs = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        if (!entry.isBlank()) {
          cidrs.add(Cidr.parse(entry.strip()));
        }
      }
    }
    return new Networks(cidrs);
  }

  public static Networks none() {
    return new Networks(List.of());
  }

  public boolean isEmpty() {
    return cidrs.isEmpty();
  }

  /** Whether the address (a literal such as {@code getRemoteAddr()} gives) is in one of the networks. */
  public boolean contains(String address) {
    if (cidrs.isEmpty()) {
      return false;
    }
    return address(address).map(bytes -> cidrs.stream().anyMatch(c -> c.contains(bytes))).orElse(false);
  }

  /** Whether the text is an IPv4 or IPv6 address literal (never a host name). */
  public static boolean isAddress(String text) {
    return address(text).isPresent();
  }

  /**
   * The bytes of an address literal, 4 for IPv4 (IPv4-mapped IPv6 included), 16 for IPv6; in
   * brackets or with an IPv6 zone too. Empty for anything else, never a DNS lookup.
   */
  public static Optional<byte[]> address(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = text.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    return Optional.ofNullable(bytes(literal));
  }

  @Override
  public String toString() {
    return cidrs.toString();
  }

  /** The address's bytes (IPv4-mapped IPv6 as IPv4), or null when it is no address literal. */
  private static byte[] bytes(String literal) {
    int zone = literal.indexOf('%');
    String plain = zone < 0 ? literal : literal.substring(0, zone);
    if (plain.isEmpty() || !LITERAL.matcher(plain).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(plain).getAddress(); // a literal: no lookup
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private record Cidr(String text, byte[] network, int prefix) {
    static Cidr parse(String text) {
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      byte[] bytes = bytes(address);
      if (bytes == null) {
        throw new IllegalArgumentException("Not an IP network: " + text);
      }
      int prefix = bytes.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Not an IP network: " + text, e);
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
          throw new IllegalArgumentException("Prefix length out of range in " + text);
        }
      }
      return new Cidr(text, bytes, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
