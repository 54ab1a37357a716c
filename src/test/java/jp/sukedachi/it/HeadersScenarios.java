package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Headers and sessions (issue #10): the security headers on every kind of response, the
 * container's own included; a content security policy that runs only the pages' own scripts;
 * the session cookie's attributes; no session for anonymous visits; metrics only for operators
 * or the configured network. The test deployment trusts loopback as a proxy
 * ({@code sukedachi.proxies.trusted}), so a request with {@code X-Forwarded-For} stands for a
 * client behind the balancer.
 */
class HeadersScenarios {
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final String OUTSIDER = "203.0.113.9";

  /** Collects the browser's CSP violation reports from the start of every document. */
  private static final String RECORD_VIOLATIONS = """
      window.sukedachiCsp = [];
      document.addEventListener('securitypolicyviolation', e => window.sukedachiCsp.push(
        e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber
        + ' ' + (e.sample || '')));""";

  private final App app;
  private final Api api;
  private final Browser browser;

  HeadersScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.browser = browser;
  }

  @Scenario
  void everyKindOfResponseHasTheSecurityHeadersAndNoServerBanner() {
    String token = api.newAccount("SME");
    Client sme = new Client();
    sme.logIn(api.signUp("SME", "IT SME"), Api.PASSWORD);

    Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
    pages.put("the home page", get("", Map.of()));
    pages.put("the login page", get("login.xhtml", Map.of()));
    pages.put("a 404 for an unknown path", get("no-such-page", Map.of()));
    pages.put("a 404 for an unknown page", get("no-such-page.xhtml", Map.of()));
    pages.put("the 403 error page", sme.get("admin/home.xhtml"));
    pages.put("a signed-in page", sme.get("sme/home.xhtml"));
    assertThat(pages.get("a 404 for an unknown path").statusCode()).isEqualTo(404);
    assertThat(pages.get("the 403 error page").statusCode()).isEqualTo(403);
    pages.forEach((what, r) -> {
      assertCommonHeaders(what, r);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).as(what).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'")
          .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'")
          .doesNotContain("unsafe-eval");
      assertThat(csp.substring(csp.indexOf("script-src"))).as(what).doesNotContain("unsafe-inline");
      Matcher nonce = NONCE.matcher(r.body());
      assertThat(nonce.find()).as(what + ": PrimeFaces is given the nonce").isTrue();
      assertThat(csp).as(what).contains("'nonce-" + nonce.group(1) + "'");
      assertThat(r.body()).as(what + ": every script carries the nonce")
          .doesNotContainPattern("<script(?![^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\")")
          .as(what + ": no inline event handler").doesNotContainPattern("<[^>]+\\son[a-z]+=\"");
    });

    Map<String, HttpResponse<String>> others = new LinkedHashMap<>();
    others.put("the container's redirect to the login page", get("sme/home.xhtml", Map.of()));
    others.put("a style sheet", get("jakarta.faces.resource/css/app.css.xhtml", Map.of()));
    others.put("health", get(app.root().resolve("health/ready")));
    others.put("metrics", get(app.root().resolve("metrics")));
    others.put("OpenAPI", get(app.root().resolve("openapi")));
    others.put("the API without a token", get("api/v1/accounts/me", Map.of()));
    others.put("the API with a token", get("api/v1/accounts/me", Map.of("Authorization", "Bearer " + token)));
    others.put("an unknown API path", get("api/v1/no-such-thing", Map.of("Authorization", "Bearer " + token)));
    others.put("the 400 of an unreadable Content-Type", new Client().send(HttpRequest.newBuilder(app.resolve("api/v1/companies"))
        .header("Authorization", "Bearer " + token).header("Content-Type", ";;;")
        .POST(HttpRequest.BodyPublishers.ofString("{}"))));
    assertThat(others.get("the container's redirect to the login page").statusCode()).isEqualTo(302);
    assertThat(others.get("the API with a token").statusCode()).isEqualTo(200);
    assertThat(others.get("the 400 of an unreadable Content-Type").statusCode()).isEqualTo(400);
    assertThat(others.get("the 400 of an unreadable Content-Type").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    others.forEach((what, r) -> {
      assertCommonHeaders(what, r);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(what)
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'")
              .doesNotContain("nonce-"));
    });
    assertThat(others.get("the API with a token").headers().firstValue("Cache-Control")).hasValue("no-store");

    HttpResponse<String> unknownMethod = new Client().send(HttpRequest.newBuilder(app.resolve(""))
        .method("BREW", HttpRequest.BodyPublishers.noBody()));
    assertThat(unknownMethod.statusCode()).isBetween(400, 499);
    assertCommonHeaders("the container's answer to an unknown method", unknownMethod);
    assertThat(unknownMethod.body()).as("no error report naming the server").doesNotContainIgnoringCase("payara");
    assertThat(pages.get("a signed-in page").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  private static void assertCommonHeaders(String what, HttpResponse<String> r) {
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(r.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
    assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
    assertThat(r.headers().allValues("Content-Security-Policy")).as(what + ": exactly one policy").hasSize(1);
    assertThat(r.headers().firstValue("Server")).as(what + ": no Server banner").isEmpty();
    assertThat(r.headers().firstValue("X-Powered-By")).as(what).isEmpty();
    assertThat(r.headers().firstValue("Strict-Transport-Security")).as(what + " over plain HTTP").isEmpty();
  }

  @Scenario
  void theSessionCookieIsLaxAndHttpOnlyAndSecureOnlyBehindATrustedTlsProxy() {
    String email = api.signUp("SME", "IT SME");

    HttpResponse<String> direct = new Client().logIn(email, Api.PASSWORD);
    String cookie = sessionCookie(direct).orElseThrow();
    assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");

    Map<String, String> tls = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", OUTSIDER);
    HttpResponse<String> proxied = new Client(tls).logIn(email, Api.PASSWORD);
    assertThat(attributes(sessionCookie(proxied).orElseThrow())).contains("httponly", "samesite=lax", "secure");
    assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        v -> assertThat(v).startsWith("max-age="));
    assertThat(proxied.headers().firstValue("Location")).as("the redirect after signing in, behind the TLS proxy")
        .hasValueSatisfying(l -> assertThat(l).startsWith("https://" + app.uri().getAuthority() + "/"));
    assertThat(new Client(tls).get("sme/home.xhtml").headers().firstValue("Location"))
        .as("the container's redirect to the login page, behind the TLS proxy")
        .hasValueSatisfying(l -> assertThat(l).startsWith("https://").contains("login.xhtml"));
    assertThat(direct.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotStartWith("https:"));

    // A peer that is no trusted proxy (127.0.0.2; the tests trust 127.0.0.1 only) claiming TLS is not believed.
    Map<String, String> claim = Map.of("X-Forwarded-Proto", "https");
    Raw loginPage = raw("GET", "login.xhtml", claim, null);
    Matcher nonce = NONCE.matcher(loginPage.body());
    assertThat(nonce.find()).isTrue();
    String fields = Map.of("login", "login", "login:email", email, "login:password", Api.PASSWORD, "login:submit", "",
            "jakarta.faces.ViewState", "stateless", "primefaces.nonce", nonce.group(1)).entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    Raw untrusted = raw("POST", "login.xhtml", claim, fields);
    assertThat(untrusted.status()).as(untrusted.head()).isEqualTo(302);
    assertThat(untrusted.header("set-cookie")).as("a session, without Secure")
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
        .allSatisfy(c -> assertThat(attributes(c)).doesNotContain("secure"));
    assertThat(untrusted.header("location")).singleElement().satisfies(l -> assertThat(l).startsWith("http://"));
    assertThat(untrusted.header("strict-transport-security")).isEmpty();
    assertThat(raw("GET", "sme/home.xhtml", claim, null).header("location")).singleElement()
        .satisfies(l -> assertThat(l).startsWith("http://"));

    Client chooser = new Client(tls);
    HttpResponse<String> english = chooser.post("index.xhtml", chooser.form(chooser.get("index.xhtml"),
        Map.of("lang", "lang", "lang:en", "lang:en")));
    assertThat(english.statusCode()).isEqualTo(302);
    assertThat(english.headers().allValues("Set-Cookie")).as("the language choice needs no session")
        .noneMatch(c -> c.startsWith("JSESSIONID="))
        .anySatisfy(c -> assertThat(attributes(c)).contains("httponly", "samesite=lax", "secure")
            .anyMatch(a -> a.startsWith("lang=en")));
    assertThat(chooser.get("index.xhtml").body()).contains("lang=\"en\"");
  }

  @Scenario
  void anonymousVisitsMakeNoSessionUntilSigningIn() {
    List<String> paths = List.of("", "index.xhtml", "login.xhtml", "signup.xhtml", "no-such-page", "no-such-page.xhtml",
        "sme/home.xhtml", "admin/home.xhtml", "jakarta.faces.resource/css/app.css.xhtml",
        "jakarta.faces.resource/js/charts.js.xhtml", "api/v1/catalog/measures", "api/v1/accounts/me");
    for (String path : paths) {
      HttpResponse<String> r = get(path, Map.of("Accept-Language", "en"));
      assertThat(r.headers().allValues("Set-Cookie")).as("GET /" + path + " (" + r.statusCode() + ")")
          .noneMatch(c -> c.startsWith("JSESSIONID="));
    }
    for (String path : List.of("health/ready", "openapi", "metrics")) {
      assertThat(get(app.root().resolve(path)).headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    Client visitor = new Client();
    HttpResponse<String> signUpPage = visitor.get("signup.xhtml");
    assertThat(signUpPage.body()).contains("value=\"stateless\"");
    HttpResponse<String> wrong = visitor.post("login.xhtml", visitor.form(visitor.get("login.xhtml"),
        Map.of("login", "login", "login:email", "nobody@it.example", "login:password", "wrong-password-1", "login:submit", "")));
    assertThat(wrong.statusCode()).as("a stateless login form posts").isEqualTo(200);
    assertThat(wrong.body()).contains("message-error");
    assertThat(visitor.cookies).doesNotContainKey("JSESSIONID");
    visitor.logIn(api.signUp("SME", "IT SME"), Api.PASSWORD);
    assertThat(visitor.cookies).as("signing in makes the session").containsKey("JSESSIONID");
    HttpResponse<String> home = visitor.get("sme/home.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(VIEW_STATE.matcher(home.body()).results().map(m -> m.group(1)))
        .as("a signed-in user's views keep their state on the server").isNotEmpty().doesNotContain("stateless");
  }

  /**
   * Faces builds any view again from a postback that says {@code ViewState=stateless}; a signed-in
   * user's form is refused with that claim, so only its server-side view state lets it post.
   */
  @Scenario
  void aSignedInFormPostedAsStatelessIsRefused() {
    String token = api.newAccount("SME");
    String email = api.get("api/v1/accounts/me", token).json().getString("email");
    long company = ok(api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4)))
        .json().getJsonNumber("id").longValue();
    Client sme = new Client();
    sme.logIn(email, Api.PASSWORD);
    HttpResponse<String> page = sme.get("sme/company.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>(sme.form(page, Map.of("company", "company",
        "company:name", "Forged K.K.", "company:legalForm", "CORPORATION", "company:save", "")));
    assertThat(fields.get("jakarta.faces.ViewState")).isNotEqualTo("stateless");
    fields.put("jakarta.faces.ViewState", "stateless");
    HttpResponse<String> forged = sme.post("sme/company.xhtml", fields);
    assertThat(forged.statusCode()).as("a signed-in form claiming a stateless view").isEqualTo(302);
    assertThat(forged.headers().firstValue("Location").orElse("")).endsWith("/expired.xhtml");
    assertCommonHeaders("the refused stateless postback", forged);

    Client anonymous = new Client();
    HttpResponse<String> toGuarded = anonymous.post("sme/company.xhtml", fields);
    assertThat(toGuarded.statusCode()).as("an anonymous one is sent to the login page").isEqualTo(302);
    assertThat(anonymous.cookies).doesNotContainKey("JSESSIONID");
    assertThat(ok(api.get("api/v1/companies/" + company, token)).json().getString("name"))
        .as("nothing changed").isEqualTo("テスト株式会社");
    HttpResponse<String> withSession = sme.post("login.xhtml", sme.form(new Client().get("login.xhtml"),
        Map.of("login", "login", "login:email", email, "login:password", Api.PASSWORD, "login:submit", "")));
    assertThat(withSession.statusCode()).as("a stateless postback from a visitor with a session").isEqualTo(302);
    assertThat(withSession.headers().firstValue("Location").orElse("")).endsWith("/expired.xhtml");

    // The same login as a link on another site: a GET with the form's fields is no postback.
    Client victim = new Client();
    Map<String, String> login = victim.form(victim.get("login.xhtml"),
        Map.of("login", "login", "login:email", email, "login:password", Api.PASSWORD, "login:submit", ""));
    String query = login.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpResponse<String> viaLink = victim.get("login.xhtml?" + query);
    assertThat(viaLink.statusCode()).as("a form's fields in a GET").isEqualTo(400);
    assertThat(victim.cookies).as("a link signs nobody in").doesNotContainKey("JSESSIONID");
  }

  /** Cross-site forms get 403, a form without PrimeFaces' nonce 400 (not a 500 with a stack trace). */
  @Scenario
  void aFormPostedFromAnotherSiteIsRefused() {
    Client visitor = new Client();
    String email = api.signUp("SME", "IT SME");
    Map<String, String> fields = visitor.form(visitor.get("login.xhtml"),
        Map.of("login", "login", "login:email", email, "login:password", Api.PASSWORD, "login:submit", ""));
    for (Map<String, String> foreign : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
        Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "https://attacker.example"), Map.of("Origin", "null"))) {
      HttpResponse<String> r = visitor.post("login.xhtml", fields, foreign);
      assertThat(r.statusCode()).as(foreign.toString()).isEqualTo(403);
      assertCommonHeaders("a refused cross-site form", r);
      assertThat(visitor.cookies).as(foreign + " signs nobody in").doesNotContainKey("JSESSIONID");
    }
    // A login that fails renders the page again, which PrimeFaces refuses without the nonce.
    Map<String, String> withoutNonce = new LinkedHashMap<>(visitor.form(visitor.get("login.xhtml"),
        Map.of("login", "login", "login:email", email, "login:password", "not-the-password-1", "login:submit", "")));
    withoutNonce.remove("primefaces.nonce");
    HttpResponse<String> bare = visitor.post("login.xhtml", withoutNonce);
    assertThat(bare.statusCode()).as("a form posted without the script nonce the browser adds").isEqualTo(400);
    assertCommonHeaders("a form without the nonce", bare);
    assertThat(bare.body()).isEqualTo("リクエストが正しくありません。");
    assertThat(visitor.cookies).doesNotContainKey("JSESSIONID");
    HttpResponse<String> same = visitor.post("login.xhtml", fields,
        Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://" + app.uri().getAuthority()));
    assertThat(same.statusCode()).isEqualTo(302);
  }

  @Scenario
  void metricsAreForOperatorsAndTheConfiguredNetworkOnly() {
    URI metrics = app.root().resolve("metrics");
    assertThat(get(metrics).statusCode()).as("a scraper on the loopback host").isEqualTo(200);
    assertThat(get(metrics, Map.of("X-Forwarded-For", "127.0.0.1")).statusCode())
        .as("forwarded for a loopback client by the trusted proxy").isEqualTo(200);

    HttpResponse<String> outsider = get(metrics, Map.of("X-Forwarded-For", OUTSIDER));
    assertThat(outsider.statusCode()).isEqualTo(401);
    assertCommonHeaders("the 401 of the metrics", outsider);
    assertThat(outsider.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(outsider.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(outsider.body())).readObject();
    assertThat(problem.getString("title")).isEqualTo("認証が必要です");
    assertThat(problem.getString("detail")).contains("運用者");
    assertThat(outsider.body()).doesNotContain("# TYPE");
    assertThat(get(app.root().resolve("metrics/base"), Map.of("X-Forwarded-For", OUTSIDER)).statusCode()).isEqualTo(401);
    assertThat(get(metrics, Map.of("X-Forwarded-For", OUTSIDER + ", 127.0.0.1")).statusCode())
        .as("the client's own claim in X-Forwarded-For counts for nothing").isEqualTo(401);

    Client sme = new Client(Map.of("X-Forwarded-For", OUTSIDER, "Accept-Language", "en"));
    sme.logIn(api.signUp("SME", "IT SME"), Api.PASSWORD);
    HttpResponse<String> notOperator = sme.get(metrics);
    assertThat(notOperator.statusCode()).isEqualTo(403);
    assertThat(notOperator.body()).contains("Not allowed").contains("Only an operator");

    Client admin = new Client(Map.of("X-Forwarded-For", OUTSIDER));
    admin.logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    HttpResponse<String> operator = admin.get(metrics);
    assertThat(operator.statusCode()).isEqualTo(200);
    assertThat(operator.body()).contains("# TYPE");

    assertThat(get(app.root().resolve("health/ready"), Map.of("X-Forwarded-For", OUTSIDER)).statusCode())
        .as("health stays public for the balancer").isEqualTo(200);
    assertThat(get(app.root().resolve("openapi"), Map.of("X-Forwarded-For", OUTSIDER)).statusCode())
        .as("the API description stays public").isEqualTo(200);
  }

  /**
   * In Chromium, with the policy enforced: the pages of a visitor, an SME (its plan with a chart
   * drawn by Chart.js) and an operator, and the header's language switch (an inline handler that
   * PrimeFaces moves into a script with the nonce), all without one violation.
   */
  @Scenario
  void pagesRunTheirScriptsWithoutAnyContentSecurityPolicyViolation() {
    String token = api.newAccount("SME");
    String email = api.get("api/v1/accounts/me", token).json().getString("email");
    long company = ok(api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4)))
        .json().getJsonNumber("id").longValue();
    ok(api.json("POST", "api/v1/companies/" + company + "/self-checks", token, answers()));
    ok(api.get("api/v1/companies/" + company + "/plan", token));

    ChromeDriver chrome = (ChromeDriver) browser.driver;
    String script = (String) chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", RECORD_VIOLATIONS)).get("identifier");
    try {
      browser.open(app.resolve("login.xhtml").toString());
      assertNoViolation("the login page");
      browser.click("lang:en");
      browser.waitForText("login", "Log in");
      assertNoViolation("the login page after switching to English");
      browser.open(app.resolve("signup.xhtml").toString());
      assertNoViolation("the sign-up page");
      browser.open(app.resolve("no-such-page").toString());
      assertNoViolation("the 404 page");
      browser.click("lang:ja");
      browser.waitForText("lang", "English");
      assertNoViolation("the home page after switching back to Japanese on the 404 page");

      browser.logIn(app.resolve("login.xhtml").toString(), email, Api.PASSWORD, "/sme/home.xhtml");
      assertNoViolation("the SME home");
      browser.open(app.resolve("sme/plan.xhtml").toString());
      browser.find("historyChart_canvas_table");
      assertNoViolation("the plan with its chart");
      browser.open(app.resolve("sme/results.xhtml").toString());
      assertNoViolation("the self-check results with charts");

      browser.logIn(app.resolve("login.xhtml").toString(), ContainerDatabaseListener.ADMIN_EMAIL,
          ContainerDatabaseListener.ADMIN_PASSWORD, "/admin/home.xhtml");
      assertNoViolation("the operator home");
      browser.open(app.resolve("admin/services.xhtml").toString());
      assertNoViolation("the service review queue");
    } finally {
      chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
  }

  private void assertNoViolation(String where) {
    browser.awaitAjax();
    Object nonce = browser.js("return window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE;");
    assertThat(nonce).as(where + ": PrimeFaces' nonced scripts ran").isInstanceOf(String.class).asString().isNotEmpty();
    @SuppressWarnings("unchecked")
    List<Object> violations = (List<Object>) browser.js("return window.sukedachiCsp || ['no recorder'];");
    assertThat(violations).as(where + ": content security policy violations").isEmpty();
  }

  private static JsonObject answers() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 1; i <= 25; i++) {
      list.add(Json.createObjectBuilder().add("item", i).add("answer", i % 2 == 0 ? "IMPLEMENTED" : "NOT_IMPLEMENTED"));
    }
    return Json.createObjectBuilder().add("answers", list).build();
  }

  private static Api.Reply ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return r;
  }

  private static Optional<String> sessionCookie(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
  }

  private static List<String> attributes(String cookie) {
    List<String> all = new ArrayList<>();
    for (String part : cookie.split(";")) {
      all.add(part.strip().toLowerCase(java.util.Locale.ROOT));
    }
    all.set(0, cookie.split(";")[0].strip());
    return all;
  }

  /** A response read off a raw socket. */
  private record Raw(int status, String head, String body) {
    List<String> header(String name) {
      List<String> values = new ArrayList<>();
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
          values.add(line.substring(colon + 1).strip());
        }
      }
      return values;
    }
  }

  /** An HTTP/1.0 request from 127.0.0.2, a peer that the test deployment does not trust as a proxy. */
  private Raw raw(String method, String path, Map<String, String> headers, String form) {
    URI uri = app.resolve(path);
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
      socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
      socket.setSoTimeout(30_000);
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(method + " " + uri.getRawPath() + " HTTP/1.0\r\n")
          .append("Host: ").append(uri.getAuthority()).append("\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      if (form != null) {
        request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      return new Raw(Integer.parseInt(head.split(" ")[1]), head, end < 0 ? "" : answer.substring(end + 4));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    return new Client(headers).get(path);
  }

  private HttpResponse<String> get(URI uri) {
    return get(uri, Map.of());
  }

  private HttpResponse<String> get(URI uri, Map<String, String> headers) {
    return new Client(headers).get(uri);
  }

  /** A client that keeps its cookies, follows no redirect and posts Faces forms as a browser does. */
  private final class Client {
    private final CookieJar jar = new CookieJar();
    final Map<String, String> cookies = jar.cookies;
    private final Map<String, String> headers;

    Client() {
      this(Map.of());
    }

    Client(Map<String, String> headers) {
      this.headers = headers;
    }

    HttpResponse<String> get(String path) {
      return get(app.resolve(path));
    }

    HttpResponse<String> get(URI uri) {
      return send(request(uri, Map.of()).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
      return post(path, fields, Map.of());
    }

    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> extra) {
      String body = fields.entrySet().stream()
          .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
      return send(request(app.resolve(path), extra).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The form's fields plus what a browser adds: the view state and PrimeFaces' nonce. */
    Map<String, String> form(HttpResponse<String> page, Map<String, String> fields) {
      Map<String, String> all = new LinkedHashMap<>(fields);
      Matcher state = VIEW_STATE.matcher(page.body());
      assertThat(state.find()).as("the page has a Faces form").isTrue();
      all.put("jakarta.faces.ViewState", state.group(1));
      Matcher nonce = NONCE.matcher(page.body());
      assertThat(nonce.find()).as("the page gives PrimeFaces its nonce").isTrue();
      all.put("primefaces.nonce", nonce.group(1));
      return all;
    }

    HttpResponse<String> logIn(String email, String password) {
      HttpResponse<String> r = post("login.xhtml", form(get("login.xhtml"), Map.of("login", "login",
          "login:email", email, "login:password", password, "login:submit", "")));
      assertThat(r.statusCode()).as("login of " + email).isEqualTo(302);
      return r;
    }

    private HttpRequest.Builder request(URI uri, Map<String, String> extra) {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri);
      headers.forEach(b::header);
      extra.forEach(b::header);
      return jar.attach(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
      return jar.send(b);
    }

    private String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
