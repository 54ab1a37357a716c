package jp.sukedachi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.sukedachi.platform.Networks;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a request says about its client when a proxy (the load balancer) forwarded it. The
 * headers {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the
 * proxies listed in {@value #TRUSTED_PROXIES} (CIDRs; none by default): anyone else can write
 * them. A request that carries forwarding headers from a peer not on that list is "forwarded by
 * an unknown proxy", and is never taken for a client of the peer's own network (a balancer on
 * the same host would otherwise make every visitor look like 127.0.0.1).
 */
public final class Forwarding {
  public static final String TRUSTED_PROXIES = "sukedachi.proxies.trusted";

  private final Networks trusted;

  public Forwarding(Networks trusted) {
    this.trusted = trusted;
  }

  /** The trusted proxies of the MicroProfile Config property {@value #TRUSTED_PROXIES}. */
  public static Forwarding fromConfig() {
    return new Forwarding(Networks.parse(ConfigProvider.getConfig()
        .getOptionalValue(TRUSTED_PROXIES, String.class).orElse("")));
  }

  /** Whether the peer that sent this request is a trusted proxy. */
  public boolean viaTrustedProxy(HttpServletRequest request) {
    return trusted.contains(request.getRemoteAddr());
  }

  /** Whether the request carries forwarding headers that no trusted proxy vouches for. */
  public boolean forwardedByUnknownProxy(HttpServletRequest request) {
    boolean forwarded = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
        || request.getHeader("X-Real-IP") != null;
    return forwarded && !viaTrustedProxy(request);
  }

  /**
   * The client's address: the peer's, or behind trusted proxies the right-most address of
   * {@code X-Forwarded-For} that is not itself a trusted proxy (the left part is the client's
   * own claim). Only address literals count: a chain with anything else in the part the
   * trusted proxies vouch for gives the peer.
   */
  public String client(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (!trusted.contains(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!Networks.isAddress(hop)) {
        return peer; // a malformed chain: nothing in it is believed
      }
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }

  /** Whether the client reached us over TLS: directly, or to a trusted proxy that says so. */
  public boolean secure(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    if (!viaTrustedProxy(request)) {
      return false;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto == null) {
      return false;
    }
    String[] hops = proto.split(",");
    return "https".equalsIgnoreCase(hops[hops.length - 1].strip());
  }
}
