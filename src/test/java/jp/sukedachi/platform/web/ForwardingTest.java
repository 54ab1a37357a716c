package jp.sukedachi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.sukedachi.platform.Networks;
import org.junit.jupiter.api.Test;

class ForwardingTest {
  private final Forwarding behindLoopbackBalancer = new Forwarding(Networks.parse("127.0.0.1/32,::1/128"));
  private final Forwarding direct = new Forwarding(Networks.none());

  @Test
  void theClientIsThePeerUnlessATrustedProxyForwardedTheRequest() {
    assertThat(direct.client(request("203.0.113.5", Map.of()))).isEqualTo("203.0.113.5");
    assertThat(direct.client(request("203.0.113.5", Map.of("X-Forwarded-For", "127.0.0.1")))).isEqualTo("203.0.113.5");
    assertThat(behindLoopbackBalancer.client(request("127.0.0.1", Map.of("X-Forwarded-For", "198.51.100.7"))))
        .isEqualTo("198.51.100.7");
    assertThat(behindLoopbackBalancer.client(request("127.0.0.1", Map.of("X-Forwarded-For", "127.0.0.1, 198.51.100.7"))))
        .as("the right-most hop that no trusted proxy added").isEqualTo("198.51.100.7");
    assertThat(behindLoopbackBalancer.client(request("127.0.0.1", Map.of()))).isEqualTo("127.0.0.1");
    assertThat(behindLoopbackBalancer.client(request("127.0.0.1", Map.of("X-Forwarded-For", "198.51.100.7, not-an-address"))))
        .as("a malformed chain is not believed").isEqualTo("127.0.0.1");
    assertThat(behindLoopbackBalancer.client(request("127.0.0.1", Map.of("X-Forwarded-For", "x".repeat(300) + ", 198.51.100.7"))))
        .as("what the client wrote on the left does not count").isEqualTo("198.51.100.7");
  }

  @Test
  void forwardingHeadersFromAnUntrustedPeerMarkTheRequestAsForwardedByAnUnknownProxy() {
    assertThat(direct.forwardedByUnknownProxy(request("127.0.0.1", Map.of("X-Forwarded-For", "198.51.100.7")))).isTrue();
    assertThat(direct.forwardedByUnknownProxy(request("127.0.0.1", Map.of("Forwarded", "for=198.51.100.7")))).isTrue();
    assertThat(direct.forwardedByUnknownProxy(request("127.0.0.1", Map.of()))).isFalse();
    assertThat(behindLoopbackBalancer.forwardedByUnknownProxy(
        request("127.0.0.1", Map.of("X-Forwarded-For", "198.51.100.7")))).isFalse();
  }

  @Test
  void tlsIsBelievedFromTheConnectionOrFromATrustedProxyOnly() {
    assertThat(direct.secure(request("203.0.113.5", Map.of("X-Forwarded-Proto", "https")))).isFalse();
    assertThat(behindLoopbackBalancer.secure(request("127.0.0.1", Map.of("X-Forwarded-Proto", "https")))).isTrue();
    assertThat(behindLoopbackBalancer.secure(request("127.0.0.1", Map.of("X-Forwarded-Proto", "https, http"))))
        .as("the nearest proxy's word counts").isFalse();
    assertThat(behindLoopbackBalancer.secure(request("127.0.0.1", Map.of()))).isFalse();
  }

  private static HttpServletRequest request(String peer, Map<String, String> headers) {
    return (HttpServletRequest) Proxy.newProxyInstance(ForwardingTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getRemoteAddr" -> peer;
          case "isSecure" -> false;
          case "getHeader" -> headers.get((String) args[0]);
          case "getHeaders" -> Collections.enumeration(headers.containsKey((String) args[0])
              ? List.of(headers.get((String) args[0])) : List.<String>of());
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }
}
