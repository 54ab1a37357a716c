package jp.sukedachi.account.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jp.sukedachi.platform.web.Forwarding;

/**
 * The address a request comes from, for the rate limits: the peer, or behind the balancers
 * named in {@code sukedachi.proxies.trusted} ({@code SUKEDACHI_PROXIES_TRUSTED}) the client they
 * forwarded for (see {@link Forwarding#client}). By default no proxy is trusted and
 * {@code X-Forwarded-For} is ignored, so a client cannot pick its own address.
 */
@ApplicationScoped
public class ClientAddress {
  private Forwarding forwarding;

  @PostConstruct
  void read() {
    forwarding = Forwarding.fromConfig();
  }

  public String of(HttpServletRequest request) {
    return forwarding.client(request);
  }
}
