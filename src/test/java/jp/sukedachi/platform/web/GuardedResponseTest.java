package jp.sukedachi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Behind a trusted TLS proxy, redirects to this host say https; nothing else is rewritten. */
class GuardedResponseTest {
  private static final HttpServletResponse NONE = (HttpServletResponse) Proxy.newProxyInstance(
      GuardedResponseTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> null);

  private static GuardedResponse behindTls(String host, String path) {
    return new GuardedResponse(NONE, true, GuardedResponse.requested(host, path));
  }

  @Test
  void redirectsToThisHostBecomeHttps() {
    GuardedResponse r = behindTls("sukedachi.example", "/login.xhtml");
    assertThat(r.secureLocation("http://sukedachi.example/sme/home.xhtml?x=1")).isEqualTo("https://sukedachi.example/sme/home.xhtml?x=1");
    assertThat(r.secureLocation("/sme/home.xhtml")).isEqualTo("https://sukedachi.example/sme/home.xhtml");
    assertThat(r.secureLocation("index.xhtml")).isEqualTo("https://sukedachi.example/index.xhtml");
    assertThat(behindTls("127.0.0.1:8443", "/").secureLocation("http://127.0.0.1:8443/index.xhtml"))
        .isEqualTo("https://127.0.0.1:8443/index.xhtml");
  }

  @Test
  void otherHostsAndDirectClientsAreLeftAlone() {
    GuardedResponse r = behindTls("sukedachi.example", "/login.xhtml");
    assertThat(r.secureLocation("http://elsewhere.example/")).isEqualTo("http://elsewhere.example/");
    assertThat(r.secureLocation("http://sukedachi.example:8080/")).isEqualTo("http://sukedachi.example:8080/");
    assertThat(r.secureLocation("mailto:x@sukedachi.example")).isEqualTo("mailto:x@sukedachi.example");
    GuardedResponse direct = new GuardedResponse(NONE, false, GuardedResponse.requested("sukedachi.example", "/"));
    assertThat(direct.secureLocation("http://sukedachi.example/")).isEqualTo("http://sukedachi.example/");
    assertThat(GuardedResponse.requested("bad host^", "/")).isNull();
    assertThat(new GuardedResponse(NONE, true, null).secureLocation("/x")).isEqualTo("/x");
  }
}
