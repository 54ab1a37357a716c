package jp.sukedachi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import jp.sukedachi.platform.Networks;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * MicroProfile Metrics ({@code /metrics}, served in this application's context since it runs at
 * the server's root) tells how the service runs and what it holds; only an operator may read it:
 * a signed-in ADMIN (the operator home links to it), or a client in the networks of
 * {@value #NETWORKS} (CIDRs, by default the loopback host: a Prometheus scraper on the same
 * machine). The client's address is the peer's, or behind a trusted proxy
 * ({@link Forwarding#TRUSTED_PROXIES}) the forwarded one; a request forwarded by a proxy that is
 * not trusted never counts as from the network, so a balancer on loopback does not open it to
 * everyone. Anyone else gets 401 (anonymous) or 403 (signed in, not an operator) as problem+json.
 * Health ({@code /health}: the balancer needs it; it says UP/DOWN and no more) and OpenAPI (the
 * public description of the API) stay public. Mapped in web.xml on /metrics and /metrics/*, after
 * {@link SecurityHeadersFilter}, so the refusal has the security headers.
 */
public class OperatorEndpointsFilter extends HttpFilter {
  public static final String NETWORKS = "sukedachi.operator.networks";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OperatorEndpointsFilter.class.getName());
  private transient Forwarding forwarding;
  private transient Networks networks;

  @Override
  public void init() {
    forwarding = Forwarding.fromConfig();
    networks = Networks.parse(ConfigProvider.getConfig().getOptionalValue(NETWORKS, String.class)
        .orElse("127.0.0.1/32,::1/128"));
    LOG.info(() -> "Metrics readable by operators and from " + networks);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean operator = req.isUserInRole("ADMIN");
    boolean fromNetwork = !forwarding.forwardedByUnknownProxy(req) && networks.contains(forwarding.client(req));
    if (operator || fromNetwork) {
      chain.doFilter(req, res);
      return;
    }
    int status = req.getUserPrincipal() == null ? 401 : 403;
    ServletProblems.write(req, res, status, "error.operator-only");
  }
}
