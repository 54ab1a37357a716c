package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/**
 * Who may call what, through the Jakarta Security mechanism: bearer tokens on the API, the
 * signed-in session on pages, {@code @RolesAllowed} and the page folders of web.xml.
 */
class SecurityScenarios {
  private static final String PASSWORD = "long-enough-pw";

  private final URI app;
  private final Api api;

  SecurityScenarios(URI app, Api api) {
    this.app = app;
    this.api = api;
  }

  @Scenario
  void withoutAValidTokenTheApiAnswers401WithTheBearerChallengeInTheAskedLanguage() {
    Api.Reply none = api.get("api/v1/accounts/me", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(none.json().getString("title")).isEqualTo("認証が必要です");
    assertThat(none.json().getString("type")).isEqualTo("urn:sukedachi:problem:error.token");

    Api.Reply bad = api.send("GET", "api/v1/catalog/measures", "not-a-token", "en", null, null);
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(bad.json().getString("title")).isEqualTo("Authentication required");
    assertThat(bad.json().getString("detail")).contains("Authorization: Bearer");

    assertThat(api.send("DELETE", "api/v1/auth/token", null, null, null, null).status()).isEqualTo(401);
    assertThat(api.json("POST", "api/v1/companies", null, Api.company("RETAIL", 1, 1)).status()).isEqualTo(401);
  }

  @Scenario
  void signUpAndTokenIssueStayOpenEvenWithAStaleAuthorizationHeader() {
    String email = api.signUp("PROVIDER", "IT PROVIDER");
    Api.Reply issued = api.send("POST", "api/v1/auth/token", "expired-or-forged", null, "application/json",
        Json.createObjectBuilder().add("email", email).add("password", PASSWORD).build().toString()
            .getBytes(StandardCharsets.UTF_8));
    assertThat(issued.status()).isEqualTo(200);
    String token = issued.json().getString("token");
    assertThat(api.get("api/v1/accounts/me", token).json().getString("email")).isEqualTo(email);
  }

  @Scenario
  void aRoleThatMayNotCallAnEndpointGets403InTheAskedLanguage() {
    String sme = api.newAccount("SME");
    Api.Reply ja = api.get("api/v1/accounts/statistics", sme);
    assertThat(ja.status()).isEqualTo(403);
    assertThat(ja.header("Content-Type")).startsWith("application/problem+json");
    assertThat(ja.header("WWW-Authenticate")).isNull();
    assertThat(ja.json().getString("title")).isEqualTo("この操作は許可されていません");
    Api.Reply en = api.send("GET", "api/v1/accounts/statistics", sme, "en", null, null);
    assertThat(en.status()).isEqualTo(403);
    assertThat(en.json().getString("title")).isEqualTo("Not allowed");
    assertThat(en.json().getString("detail")).isEqualTo("You may not do this.");

    String admin = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    Api.Reply numbers = api.get("api/v1/accounts/statistics", admin);
    assertThat(numbers.status()).isEqualTo(200);
    JsonObject byRole = numbers.json().getJsonObject("byRole");
    assertThat(byRole.keySet()).containsExactly("SME", "EXPERT", "PROVIDER", "ADMIN");
    assertThat(byRole.getJsonNumber("SME").longValue()).isPositive();
    assertThat(byRole.getJsonNumber("ADMIN").longValue()).isPositive();
    assertThat(numbers.json().getJsonNumber("total").longValue()).isEqualTo(
        byRole.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum());
  }

  @Scenario
  void theApiCreatesNoSessionAndDoesNotAcceptTheSessionCookie() {
    String email = api.signUp("SME", "IT SME");
    Visitor browser = new Visitor(app, "ja");
    assertThat(browser.logIn(email, PASSWORD).location()).endsWith("/sme/home.xhtml");

    HttpResponse<String> withCookieOnly = browser.raw("api/v1/accounts/me", null);
    assertThat(withCookieOnly.statusCode()).as("a session cookie is no credential for the API").isEqualTo(401);
    assertThat(withCookieOnly.headers().allValues("Set-Cookie"))
        .as("no new session (Payara may refresh its session-version cookie)")
        .noneMatch(c -> c.startsWith("JSESSIONID="));

    String token = api.token(email, PASSWORD);
    HttpResponse<String> withToken = new Visitor(app, "ja").raw("api/v1/accounts/me", token);
    assertThat(withToken.statusCode()).isEqualTo(200);
    assertThat(withToken.headers().allValues("Set-Cookie")).as("no session for API calls").isEmpty();
  }

  @Scenario
  void anonymousVisitorsOfGuardedPagesAreSentToTheLoginPage() {
    Visitor anonymous = new Visitor(app, "ja");
    for (String page : new String[] {"sme/home.xhtml", "admin/home.xhtml", "account/home.xhtml"}) {
      Visitor.Page p = anonymous.get(page);
      assertThat(p.status()).as(page).isEqualTo(302);
      assertThat(p.location()).as(page).isEqualTo(app.resolve("login.xhtml").toString());
    }
    Visitor.Page ajax = anonymous.post("sme/plan.xhtml", Map.of("budget", "budget"),
        Map.of("Faces-Request", "partial/ajax"));
    assertThat(ajax.status()).isEqualTo(200);
    assertThat(ajax.body()).contains("<partial-response><redirect url=\"" + app.getPath() + "login.xhtml\"/>");
    assertThat(anonymous.get("index.xhtml").status()).isEqualTo(200);
  }

  @Scenario
  void aSignedInUserOfTheWrongRoleGetsTheLocalisedErrorPageWith403() {
    Visitor sme = new Visitor(app, "ja");
    sme.logIn(api.signUp("SME", "IT SME"), PASSWORD);
    Visitor.Page admin = sme.get("admin/home.xhtml");
    assertThat(admin.status()).isEqualTo(403);
    assertThat(admin.body()).contains("ページを表示できません");
    assertThat(sme.get("sme/home.xhtml").status()).isEqualTo(200);

    Visitor expert = new Visitor(app, "en");
    assertThat(expert.logIn(api.signUp("EXPERT", "IT EXPERT"), PASSWORD).location()).endsWith("/account/home.xhtml");
    Visitor.Page smePage = expert.get("sme/home.xhtml");
    assertThat(smePage.status()).isEqualTo(403);
    assertThat(smePage.body()).contains("This page cannot be shown");
    assertThat(expert.get("account/home.xhtml").status()).isEqualTo(200);
    assertThat(expert.get("admin/home.xhtml").status()).isEqualTo(403);
  }

  @Scenario
  void anAdministratorLandsOnTheOperatorHomeUnderAFreshSessionIdUntilLoggingOut() {
    api.signUp("SME", "IT SME");
    Visitor admin = new Visitor(app, "en");
    admin.get("login.xhtml");
    String before = admin.session();
    assertThat(before).as("the login page makes no session (a stateless view)").isNull();
    Visitor.Page landed = admin.logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(landed.location()).isEqualTo(app.resolve("admin/home.xhtml").toString());
    assertThat(admin.session()).as("session id renewed on login").isNotNull().isNotEqualTo(before);

    Visitor.Page home = admin.get("admin/home.xhtml");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Operator home").contains("Readiness (including the database)")
        .containsPattern("<span id=\"accounts:0:count\">[1-9]").contains("in total");
    assertThat(admin.get("account/home.xhtml").status()).isEqualTo(200);
    assertThat(admin.get("sme/home.xhtml").status()).isEqualTo(403);

    String session = admin.session();
    assertThat(admin.logOut("admin/home.xhtml").location()).endsWith("/index.xhtml");
    Visitor replay = new Visitor(app, "en").withSession(session);
    assertThat(replay.get("admin/home.xhtml").location()).as("the old session is gone")
        .isEqualTo(app.resolve("login.xhtml").toString());
  }

  @Scenario
  void theOperatorHomeSpeaksJapaneseByDefault() {
    Visitor admin = new Visitor(app, null);
    admin.logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(admin.get("admin/home.xhtml").body()).contains("運営者ホーム").contains("アカウント数");
  }

  /** A browser without JavaScript: keeps its cookies, follows no redirect, posts Faces forms. */
  static final class Visitor {
    private static final Pattern VIEW_STATE =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private final CookieJar jar = new CookieJar();
    private final Map<String, String> cookies = jar.cookies;
    private final URI app;
    private final String language;

    record Page(int status, String body, String location) {}

    Visitor(URI app, String language) {
      this.app = app;
      this.language = language;
    }

    Visitor withSession(String id) {
      cookies.put("JSESSIONID", id);
      return this;
    }

    String session() {
      return cookies.get("JSESSIONID");
    }

    Page get(String path) {
      return page(send(request(path).GET()));
    }

    Page post(String path, Map<String, String> form, Map<String, String> headers) {
      String body = form.entrySet().stream()
          .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
          .collect(Collectors.joining("&"));
      HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(b::header);
      return page(send(b));
    }

    /** The API as this browser would call it: with its cookies, and a bearer token if given. */
    HttpResponse<String> raw(String path, String token) {
      HttpRequest.Builder b = request(path).GET();
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      return send(b);
    }

    Page logIn(String email, String password) {
      Page form = get("login.xhtml");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("login", "login");
      fields.put("login:email", email);
      fields.put("login:password", password);
      fields.put("login:submit", "");
      fields.put("jakarta.faces.ViewState", viewState(form));
      fields.put("primefaces.nonce", nonce(form));
      Page result = post("login.xhtml", fields, Map.of());
      assertThat(result.status()).as("login of " + email).isEqualTo(302);
      return result;
    }

    Page logOut(String fromPage) {
      Page page = get(fromPage);
      return post(fromPage, Map.of("lang", "lang", "lang:logout", "lang:logout",
          "jakarta.faces.ViewState", viewState(page), "primefaces.nonce", nonce(page)), Map.of());
    }

    /** The script nonce that PrimeFaces adds to every form in the browser, as a browser posts it. */
    private static String nonce(Page page) {
      Matcher m = NONCE.matcher(page.body());
      assertThat(m.find()).as("the page gives PrimeFaces its nonce").isTrue();
      return m.group(1);
    }

    private static String viewState(Page page) {
      Matcher m = VIEW_STATE.matcher(page.body());
      assertThat(m.find()).as("the page has a Faces form").isTrue();
      return m.group(1);
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder b = HttpRequest.newBuilder(app.resolve(path));
      if (language != null) {
        b.header("Accept-Language", language);
      }
      return jar.attach(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
      return jar.send(b);
    }

    private static Page page(HttpResponse<String> r) {
      return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
