package jp.sukedachi.account.domain;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which client a request comes from when a balancer may stand in between. The direct peer is the
 * client unless it is one of the configured proxies (addresses or CIDR blocks, IPv4 or IPv6); then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other
 * address is the client. Nothing is trusted by default, so a client cannot pick its own address
 * by sending the header. Only address literals count (no name is ever resolved); a malformed
 * header falls back to the peer.
 */
public final class TrustedProxies {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private record Block(byte[] network, int prefix) {}

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /** A comma-separated list such as {@code 127.0.0.1, ::1, 10.0.0.0/8}; blank trusts none. */
  public static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    if (list != null) {
      for (String item : list.split(",")) {
        String s = item.strip();
        if (s.isEmpty()) {
          continue;
        }
        String[] parts = s.split("/", -1);
        byte[] address = literal(parts[0])
            .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR block: " + s));
        int prefix = parts.length == 1 ? address.length * 8 : Integer.parseInt(parts[1]);
        if (parts.length > 2 || prefix < 0 || prefix > address.length * 8) {
          throw new IllegalArgumentException("Not an IP address or CIDR block: " + s);
        }
        blocks.add(new Block(address, prefix));
      }
    }
    return new TrustedProxies(blocks);
  }

  public boolean trusts(String address) {
    return literal(address).map(this::trusts).orElse(false);
  }

  private boolean trusts(byte[] address) {
    return blocks.stream().anyMatch(b -> b.network().length == address.length && samePrefix(b, address));
  }

  private static boolean samePrefix(Block b, byte[] address) {
    int bits = address.length * 8;
    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
        .shiftRight(b.prefix()).not();
    return new BigInteger(1, b.network()).and(mask).equals(new BigInteger(1, address).and(mask));
  }

  /** The client's address: the peer, or the nearest untrusted hop of X-Forwarded-For. */
  public String client(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.length() > 1000 || !trusts(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      Optional<byte[]> address = literal(hop);
      if (address.isEmpty()) {
        return peer;
      }
      if (!trusts(address.get())) {
        return hop.toLowerCase(java.util.Locale.ROOT);
      }
    }
    return peer;
  }

  /** The bytes of an IPv4 or IPv6 literal; never a name lookup. */
  static Optional<byte[]> literal(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.strip();
    boolean v4 = IPV4.matcher(t).matches();
    if (!v4 && !(t.contains(":") && IPV6.matcher(t).matches())) {
      return Optional.empty();
    }
    if (v4) {
      for (String octet : t.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return Optional.empty();
        }
      }
    }
    try {
      return Optional.of(InetAddress.getByName(t).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
