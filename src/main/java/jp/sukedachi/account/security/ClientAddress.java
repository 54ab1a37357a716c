package jp.sukedachi.account.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jp.sukedachi.account.domain.TrustedProxies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the rate limits. Behind a balancer, set
 * {@code sukedachi.trusted.proxies} ({@code SUKEDACHI_TRUSTED_PROXIES}) to the balancer's
 * addresses or CIDR blocks, e.g. {@code 127.0.0.1,::1}: then, and only for requests from those,
 * the client is read from {@code X-Forwarded-For} (see {@link TrustedProxies}). By default no
 * proxy is trusted and the header is ignored.
 */
@ApplicationScoped
public class ClientAddress {
  @Inject
  @ConfigProperty(name = "sukedachi.trusted.proxies")
  Optional<String> trusted;

  private TrustedProxies proxies;

  @PostConstruct
  void read() {
    proxies = TrustedProxies.parse(trusted.orElse(""));
  }

  public String of(HttpServletRequest request) {
    return proxies.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }
}
