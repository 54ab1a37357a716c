package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.sukedachi.devserver.Cluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Payara Micro instances of the real WAR, clustered on their data grid, behind HAProxy on
 * 127.0.0.1 (the topology of {@code scripts/cluster.sh}): the balancer answers 503 until an
 * instance is ready; a user signed in on the web and with a bearer token keeps writing while the
 * instance serving the web session is killed with {@code kill -9}, goes on without signing in
 * again (posting a form of a page that the killed instance rendered), and finds every
 * acknowledged write; then PostgreSQL restarts under load and the
 * surviving instance recovers by itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final int BALANCER = 8290;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** The script nonce PrimeFaces adds to every form in a browser; with primefaces.CSP a post without it is refused. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private Cluster cluster;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private boolean up;
  private String token;
  private long companyId;

  @BeforeAll
  void balancerFirst() throws Exception {
    String subset = System.getProperty("it.scenario", "");
    Assumptions.assumeTrue(subset.isBlank() || subset.contains("Cluster"),
        "-Dit.scenario names a subset of scenarios without Cluster");
    Cluster.Layout layout = new Cluster.Layout(Path.of(System.getProperty("sukedachi.war", "target/sukedachi.war")),
        Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")), Path.of("target", "cluster-it"),
        BALANCER, BALANCER + 9, List.of(BALANCER + 1, BALANCER + 2), List.of(BALANCER + 5, BALANCER + 6),
        54334, false, true);
    cluster = Cluster.begin(layout);
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void theBalancerAnswers503InTheServicesFormatsUntilAnInstanceIsReady() throws Exception {
    HttpResponse<String> api = send(client, request("api/v1/accounts/me").header("Accept-Language", "en").GET());
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(api.body()).getInt("status")).isEqualTo(503);
    assertThat(json(api.body()).getString("title")).isEqualTo("Temporarily unavailable");

    HttpResponse<String> page = send(client, request("").GET());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("lang=\"ja\"", "一時的に利用できません");

    cluster.startInstance(0);
    cluster.startInstance(1);
    cluster.awaitBalancerSees(2);
    assertThat(send(client, request("health/ready").GET()).statusCode()).isEqualTo(200);
    up = true;
  }

  @Test
  @Order(2)
  void killingTheInstanceServingAUserLosesNeitherTheSessionNorAnAcknowledgedWrite() throws Exception {
    Assumptions.assumeTrue(up, "the cluster started");
    signIn();
    HttpResponse<String> home = send(browser, request("sme/home.xhtml").GET());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("山田精密工業");
    String serving = home.headers().firstValue("X-Served-By").orElseThrow();
    HttpResponse<String> company = send(browser, request("sme/company.xhtml").GET());
    assertThat(company.headers().firstValue("X-Served-By")).hasValue(serving);
    Map<String, String> form = formFields(company.body(), "company");
    assertThat(form).containsKeys("company:employees", "jakarta.faces.ViewState");
    form.put("primefaces.nonce", nonce(company.body()));

    Load load = new Load(4);
    load.awaitAcknowledged(20);
    cluster.kill(serving.equals(Cluster.serverName(0)) ? 0 : 1);
    int atKill = load.acknowledged.size();
    load.awaitAcknowledged(atKill + 20);
    load.stop();

    HttpResponse<String> after = send(browser, request("sme/home.xhtml").GET());
    assertThat(after.statusCode()).as("still signed in on the web, no redirect to the login page").isEqualTo(200);
    assertThat(after.body()).contains("山田精密工業");
    assertThat(after.headers().firstValue("X-Served-By")).isPresent().get().isNotEqualTo(serving);
    assertThat(send(client, request("api/v1/accounts/me").header("Authorization", "Bearer " + token).GET())
        .statusCode()).as("the bearer token still works").isEqualTo(200);
    form.put("company:employees", "47");
    form.put("company:save", "");
    HttpResponse<String> saved = send(browser, request("sme/company.xhtml")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(form))));
    assertThat(saved.statusCode()).as("the form of a page served by the killed instance still posts").isEqualTo(200);
    assertThat(saved.body()).contains("山田精密工業");
    try (Connection db = DriverManager.getConnection(cluster.dbUrl(), "postgres", "postgres");
         ResultSet rs = db.createStatement().executeQuery("select employees from company where id = " + companyId)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).as("the web write after the failover is stored").isEqualTo(47);
    }

    Set<Long> stored = assetIds();
    assertThat(stored).as("every acknowledged write is stored").containsAll(load.acknowledged);
    assertThat(load.statuses.keySet()).as("only the balancer's 502/503 for writes cut off by the kill; never a 500")
        .allMatch(s -> s == 201 || s == 502 || s == 503);
    assertThat(load.failures.get()).as("requests that got no HTTP answer at all").isLessThanOrEqualTo(4);
  }

  @Test
  @Order(3)
  void aPostgresRestartUnderLoadRecoversWithoutRestartingTheApp() throws Exception {
    Assumptions.assumeTrue(token != null, "signed in before");
    Load load = new Load(2);
    load.awaitAcknowledged(load.acknowledged.size() + 5);
    cluster.restartDatabase();
    int atRestart = load.acknowledged.size();
    load.awaitAcknowledged(atRestart + 10);
    load.stop();
    assertThat(assetIds()).containsAll(load.acknowledged);
    HttpResponse<String> home = send(browser, request("sme/home.xhtml").GET());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(load.statuses.keySet()).as("the app never answers 500 while the database is away")
        .doesNotContain(500);
  }

  /** Writers adding assets through the balancer with the bearer token; records what was acknowledged. */
  private final class Load {
    final List<Long> acknowledged = new CopyOnWriteArrayList<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicInteger failures = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    Load(int writers) {
      for (int w = 0; w < writers; w++) {
        int writer = w;
        Thread t = new Thread(() -> {
          int n = 0;
          while (running.get()) {
            String body = Json.createObjectBuilder().add("type", "PC").add("label", "w" + writer + "-" + n++)
                .add("count", 1).add("internetFacing", false).add("vendorSupported", true).build().toString();
            try {
              HttpResponse<String> r = send(client, request("api/v1/companies/" + companyId + "/assets")
                  .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)));
              statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
              Matcher id = ID.matcher(r.body());
              if (r.statusCode() == 201 && id.find()) {
                acknowledged.add(Long.parseLong(id.group(1)));
              }
            } catch (Exception e) {
              failures.incrementAndGet();
            }
          }
        }, "cluster-load-" + w);
        t.start();
        threads.add(t);
      }
    }

    void awaitAcknowledged(int n) {
      Cluster.await(n + " acknowledged writes (" + statuses + ", " + failures + " without answer)",
          () -> acknowledged.size() >= n, Duration.ofSeconds(90));
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  private void signIn() throws Exception {
    HttpResponse<String> form = send(browser, request("login.xhtml").GET());
    Matcher state = VIEW_STATE.matcher(form.body());
    assertThat(state.find()).as("the login form has a view state").isTrue();
    String fields = form(Map.of("login", "login", "login:email", "sme@example.jp", "login:password", "sukedachi-demo",
        "login:submit", "", "jakarta.faces.ViewState", state.group(1), "primefaces.nonce", nonce(form.body())));
    HttpResponse<String> signedIn = send(browser, request("login.xhtml")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)));
    assertThat(signedIn.statusCode()).as("the login redirects to the home page").isEqualTo(302);

    HttpResponse<String> issued = send(client, request("api/v1/auth/token").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"sme@example.jp\",\"password\":\"sukedachi-demo\"}")));
    assertThat(issued.statusCode()).isEqualTo(200);
    token = json(issued.body()).getString("token");
    try (Connection db = DriverManager.getConnection(cluster.dbUrl(), "postgres", "postgres");
         ResultSet rs = db.createStatement().executeQuery("select c.id from company c join account a "
             + "on a.id = c.owner_account_id where a.email = 'sme@example.jp'")) {
      assertThat(rs.next()).isTrue();
      companyId = rs.getLong(1);
    }
  }

  /** The fields a browser would submit from the form {@code id} of a page (checked boxes, selected options). */
  private static Map<String, String> formFields(String page, String id) {
    String f = page.substring(page.indexOf("<form id=\"" + id + "\""));
    f = f.substring(0, f.indexOf("</form>"));
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    Matcher input = Pattern.compile("<input[^>]*>").matcher(f);
    while (input.find()) {
      String tag = input.group();
      String name = attribute(tag, "name");
      String type = attribute(tag, "type");
      if (name == null || (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked"))) {
        continue;
      }
      String value = attribute(tag, "value");
      fields.put(name, value == null ? "" : value);
    }
    Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(f);
    while (select.find()) {
      Matcher chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
      fields.put(select.group(1), chosen.find() ? chosen.group(1) : "");
    }
    return fields;
  }

  /** The nonce of a page, as PrimeFaces' script posts it with each form of that page. */
  private static String nonce(String page) {
    Matcher m = NONCE.matcher(page);
    assertThat(m.find()).as("the page gives PrimeFaces its nonce").isTrue();
    return m.group(1);
  }

  private static String attribute(String tag, String name) {
    Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
    return m.find() ? m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&#39;", "'").replace("&amp;", "&") : null;
  }

  private Set<Long> assetIds() throws Exception {
    HttpResponse<String> list = send(client, request("api/v1/companies/" + companyId + "/assets")
        .header("Authorization", "Bearer " + token).GET());
    assertThat(list.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(list.body())).readArray().getValuesAs(JsonObject.class).stream()
        .map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BALANCER + "/" + path)).timeout(Duration.ofSeconds(30));
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
