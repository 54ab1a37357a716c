package jp.sukedachi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.sukedachi.platform.Started;
import org.junit.jupiter.api.Test;

/** Until the application has started every request gets 503, in the format its channel expects. */
class ReadinessGateTest {
  private final Started started = new Started();
  private final ReadinessGate gate = new ReadinessGate();

  ReadinessGateTest() {
    gate.started = started;
  }

  /** What the filter wrote: status, headers, body. */
  private static final class Written {
    int status = 200;
    final Map<String, String> headers = new HashMap<>();
    String contentType;
    final StringWriter body = new StringWriter();
  }

  private Written call(String uri, String acceptLanguage, AtomicBoolean passed) throws Exception {
    HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
          case "getRequestURI" -> uri;
          case "getContextPath" -> "";
          case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) a[0]) ? acceptLanguage : null;
          case "getLocales" -> throw new AssertionError("the language is read from the header, leniently");
          default -> null;
        });
    Written w = new Written();
    PrintWriter out = new PrintWriter(w.body);
    HttpServletResponse res = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
          switch (m.getName()) {
            case "setStatus" -> w.status = (Integer) a[0];
            case "setHeader" -> w.headers.put((String) a[0], (String) a[1]);
            case "setContentType" -> w.contentType = (String) a[0];
            case "getWriter" -> {
              return out;
            }
            default -> { }
          }
          return null;
        });
    FilterChain chain = (rq, rs) -> passed.set(true);
    gate.doFilter(req, res, chain);
    out.flush();
    return w;
  }

  @Test
  void beforeTheStartTheApiGetsAProblemDocumentWith503() throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    Written w = call("/api/v1/accounts/me", "en", passed);
    assertThat(passed).isFalse();
    assertThat(w.status).isEqualTo(503);
    assertThat(w.contentType).isEqualTo("application/problem+json");
    assertThat(w.headers).containsEntry("Retry-After", "5").containsEntry("Cache-Control", "no-store");
    assertThat(w.body.toString()).contains("\"status\":503", "\"title\":\"Temporarily unavailable\"",
        "The service is starting", "\"type\":\"urn:sukedachi:problem:app.starting\"", "\"instance\":\"/v1/accounts/me\"");
  }

  /** Like every other answer: Japanese without the header or with a malformed one, not the server's locale. */
  @Test
  void withoutOrWithAMalformedAcceptLanguageTheAnswerIsJapanese() throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    for (String header : new String[] {null, "en;q=foo", "fr"}) {
      Written w = call("/api/v1/accounts/me", header, passed);
      assertThat(w.body.toString()).as(String.valueOf(header)).contains("一時的に利用できません");
      assertThat(w.headers).containsEntry("Content-Language", "ja");
    }
    assertThat(call("/", "fr, en;q=0.5", passed).body.toString()).contains("lang=\"en\"");
  }

  @Test
  void beforeTheStartAPageGetsAPlainLocalisedPage() throws Exception {
    AtomicBoolean passed = new AtomicBoolean();
    Written ja = call("/sme/home.xhtml", "ja", passed);
    assertThat(ja.status).isEqualTo(503);
    assertThat(ja.contentType).isEqualTo("text/html");
    assertThat(ja.body.toString()).contains("lang=\"ja\"", "一時的に利用できません", "サービスを起動しています");
    Written en = call("/", "en-GB", passed);
    assertThat(en.body.toString()).contains("lang=\"en\"", "Temporarily unavailable");
    assertThat(passed).isFalse();
  }

  @Test
  void onceStartedEveryRequestPasses() throws Exception {
    Method observer = Started.class.getDeclaredMethod("applicationStarted", Object.class);
    observer.setAccessible(true);
    observer.invoke(started, new Object());
    AtomicBoolean passed = new AtomicBoolean();
    Written w = call("/api/v1/accounts/me", null, passed);
    assertThat(passed).isTrue();
    assertThat(w.status).isEqualTo(200);
    assertThat(started.isStarted()).isTrue();
  }
}
