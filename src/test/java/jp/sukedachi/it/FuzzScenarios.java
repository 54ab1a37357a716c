package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes every operation of the application's own OpenAPI document: requests generated from a
 * fixed seed (so a failure reproduces: its number is in the message), as an anonymous caller, with
 * a garbage token and as a signed-in SME with a company, with bodies of the documented shape and
 * then broken (wrong types, huge numbers, fractions, control characters, duplicate keys, trailing
 * data, deep nesting, not JSON at all, the wrong Content-Type), odd Accept and Accept-Language
 * headers and odd path and query values. No answer may be a 5xx, and every 4xx must be an
 * application/problem+json document whose status is the response's. Now and then the method is
 * one the path does not document (405).
 *
 * <p>Paths stay well-formed URLs of ordinary length, and TRACE is not sent: the container itself
 * answers a path with an encoded NUL or bytes that are not UTF-8, a URL of many kilobytes and
 * TRACE with an empty 400 or 405, before the application sees the request.
 */
class FuzzScenarios {
  private static final long SEED = 20_261_126L;
  private static final int REQUESTS = 1_600;
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "*/*",
      "application/json", "text/csv", "application/pdf", "image/png", "application/problem+json",
      "application/json;q=foo", ";;;", "text/*;q=0.5, */*;q=0.1", "application/json, text/html;q=2");
  private static final List<String> LANGUAGES = List.of("en", "ja", "en;q=foo", "ja;q=2", "*",
      "zz-ZZ", ",,,", ";", "en-US,en;q=0.9,ja;q=0.8", "x".repeat(320), "en-" + "a".repeat(300),
      "ja;q=0.1, en;q=0.2, fr;q=1.5");
  private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
      ";;;", "application/json; charset=latin1", "application/x-www-form-urlencoded", "text/csv",
      "multipart/form-data; boundary=x", "application/json;;");
  private static final List<String> WEIRD_STRINGS = List.of("", " ", "abc", "a\u0000b", "\u0007bell",
      "line\nbreak", "\u001b[31m", "<script>alert(1)</script>", "' or '1'='1", "../../etc/passwd",
      "%00", "\uD83D\uDE00", "ｱｲｳ全角", "x".repeat(5_000), "true", "1e309", "-1", "null");
  private static final List<String> WEIRD_NUMBERS = List.of("0", "-1", "1.5", "1e309", "-1e309",
      "4294967297", "99999999999999999999999999", "2147483648", "9223372036854775808", "1E2",
      "0.0000001", "-0");
  private static final List<String> PATH_VALUES = List.of("0", "-1", "1.5", "99999999999999999999",
      "abc", "HR-TRAIN", "%20", "a%2Fb", "..", "%E3%81%82", "1e3", "true", "%3Cx%3E", "9223372036854775807");
  private static final List<String> QUERY_VALUES = List.of("", "abc", "-1", "1.5",
      "99999999999999999999", "1e309", "NaN", "true", "%00", "%0A", "%3Cx%3E", "2026-13-45",
      "2026-12-01T10:00:00+09:00", "%E3%81%82");

  private final App app;
  private final Api api;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  FuzzScenarios(App app, Api api) {
    this.app = app;
    this.api = api;
  }

  /** One documented operation. */
  record Operation(String method, String path, List<String> query, JsonValue body, String bodyType) {
    String name() {
      return method + " " + path;
    }
  }

  /** One generated request, described so that a failure can be read and reproduced. */
  record Attempt(int number, String method, String uri, String auth, List<String[]> headers, String body) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("#" + number + " " + method + " " + uri + " as " + auth);
      headers.forEach(h -> b.append(" [").append(h[0]).append(": ").append(abbreviate(h[1], 60)).append(']'));
      if (body != null) {
        b.append(" body=").append(abbreviate(body, 160));
      }
      return b.toString();
    }
  }

  @Scenario
  void noGeneratedRequestToAnyDocumentedOperationGetsA5xxOrAnErrorThatIsNotAProblem() {
    JsonObject document = openApi();
    List<Operation> operations = operations(document);
    assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(50);
    String email = api.signUp("SME", "Fuzz SME");
    String token = api.token(email, Api.PASSWORD);
    Api.Reply company = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4));
    assertThat(company.status()).isEqualTo(201);
    String companyId = String.valueOf(company.json().getJsonNumber("id").longValue());

    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int[] statuses = new int[6];
    for (int i = 0; i < REQUESTS; i++) {
      Operation op = operations.get(i % operations.size());
      String auth = switch (random.nextInt(5)) {
        case 0 -> "anonymous";
        case 1 -> "garbage-token";
        default -> "sme";
      };
      Attempt attempt = attempt(i, op, auth, token, companyId, random, document);
      HttpResponse<String> reply = send(attempt);
      statuses[reply.statusCode() / 100]++;
      problemIfError(attempt, reply).ifPresent(failures::add);
      if (auth.equals("sme") && op.name().equals("DELETE /api/v1/auth/token") && reply.statusCode() < 300) {
        token = api.token(email, Api.PASSWORD);
      }
    }
    assertThat(failures).as("answers that are a 5xx or an error that is not problem+json (seed "
        + SEED + "; 2xx..5xx: " + statuses[2] + "/" + statuses[3] + "/" + statuses[4] + "/"
        + statuses[5] + ")").isEmpty();
    assertThat(statuses[2]).as("some generated requests are valid and succeed").isGreaterThan(50);
    assertThat(statuses[4]).as("and many are refused").isGreaterThan(REQUESTS / 3);
  }

  /** The requests the issue found, each with the answer it must get. */
  @Scenario
  void theRequestsThatOnceGot500NowGetTheRightProblem() {
    String token = api.newAccount("SME");
    Api.Reply company = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4));
    long id = company.json().getJsonNumber("id").longValue();
    String plan = "api/v1/companies/" + id + "/plan/";
    for (String accept : List.of("application/xml", "text/html")) {
      expect(get("api/v1/accounts/me", null, "Accept", accept), 406);
      expect(get("api/v1/accounts/me", token, "Accept", accept), 406);
    }
    expect(get(plan + "report.csv", token, "Accept", "application/json"), 406);
    expect(get(plan + "report.pdf", token, "Accept", "application/json"), 406);
    expect(get("api/v1/companies/" + id + "/security-action/basic-policy", token, "Accept", "application/json"), 406);
    assertThat(get(plan + "report.csv", token, "Accept", "text/csv").statusCode()).isEqualTo(200);

    for (String language : List.of("en;q=foo", "ja;q=2", "x".repeat(320))) {
      HttpResponse<String> me = get("api/v1/accounts/me", token, "Accept-Language", language);
      assertThat(me.statusCode()).as(language).isEqualTo(200);
      expect(get("api/v1/accounts/me", null, "Accept-Language", language), 401);
    }
    HttpResponse<String> english = get("api/v1/accounts/me", null, "Accept-Language", "ja;q=2, en;q=0.5");
    assertThat(json(english.body()).getString("title")).isEqualTo("Authentication required");
    expect(get("api/v1/accounts/me", null, "Accept", ";;;"), 400);

    Api.Reply nul = api.send("POST", "api/v1/auth/token", null, "en", "application/json",
        "{\"email\":\"a\\u0000b@example.jp\",\"password\":\"long-enough-pw\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
    assertThat(nul.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("Control characters");

    String companyBody = Api.company("RETAIL", 3_000_000, 4).toString();
    expectFields(api.send("PUT", "api/v1/companies/" + id, token, null, "application/json",
        companyBody.replace("\"employees\":4", "\"employees\":4294967326").replace("\"capitalYen\":3000000",
            "\"capitalYen\":1.9").replace("\"sites\":1", "\"sites\":1e309").getBytes(StandardCharsets.UTF_8)),
        "employees", "capitalYen", "sites");
    expectFields(api.send("PUT", "api/v1/companies/" + id, token, null, "application/json",
        companyBody.replace("{\"name\"", "{\"name\":\"A\",\"name\"").getBytes(StandardCharsets.UTF_8)), "name");
    Api.Reply trailing = api.send("PUT", "api/v1/companies/" + id, token, "en", "application/json",
        (companyBody + "{}").getBytes(StandardCharsets.UTF_8));
    assertThat(trailing.status()).isEqualTo(400);
    assertThat(trailing.json().getString("detail")).contains("more than one JSON value");
    Api.Reply asset = api.send("POST", "api/v1/companies/" + id + "/assets", token, null, "application/json",
        "{\"type\":\"PC\",\"count\":4294967297,\"internetFacing\":\"abc\",\"vendorSupported\":true}"
            .getBytes(StandardCharsets.UTF_8));
    expectFields(asset, "count", "internetFacing");
    Api.Reply imported = api.send("POST", "api/v1/companies/" + id + "/assets/import", token, null, "text/csv",
        "type,count,internetFacing,vendorSupported\nPC,-7,no,yes\nPC,1_0,no,yes\n".getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).isEqualTo(400);
    assertThat(imported.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).contains("line 2: count", "line 3: count");
    assertThat(api.get("api/v1/companies/" + id + "/assets", token).array()).as("nothing was saved").isEmpty();
  }

  /** A form posted with a view state the server does not have: the expired page, not an error. */
  @Scenario
  void aStaleOrForgedViewStateShowsTheExpiredPage() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    URI login = app.resolve("login.xhtml");
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(login).header("Accept-Language", "en").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    for (String state : List.of("-4242424242424242424:1234567890123456789", "stale", "%00<script>", "")) {
      String form = "login=login&login%3Aemail=a%40example.jp&login%3Apassword=x&login%3Asubmit=&"
          + "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8);
      HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(login)
          .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(state).isLessThan(400);
      if (!state.isEmpty()) {
        assertThat(posted.uri().getPath()).as(state).endsWith("/expired.xhtml");
        assertThat(posted.body()).contains("This page has expired");
      }
      HttpResponse<String> ajax = browser.send(HttpRequest.newBuilder(login)
          .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
          .POST(HttpRequest.BodyPublishers.ofString(form + "&jakarta.faces.partial.ajax=true"
              + "&jakarta.faces.source=login%3Asubmit&jakarta.faces.partial.execute=%40all")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(ajax.statusCode()).as(state).isEqualTo(200);
      if (!state.isEmpty()) {
        assertThat(ajax.body()).as(state).contains("<redirect url=").contains("expired.xhtml");
      }
    }
  }

  private void expectFields(Api.Reply reply, String... fields) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field")).containsExactlyInAnyOrder(fields);
  }

  private static void expect(HttpResponse<String> reply, int status) {
    assertThat(reply.statusCode()).as(reply.uri() + " " + reply.body()).isEqualTo(status);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json(reply.body()).getInt("status")).isEqualTo(status);
  }

  private HttpResponse<String> get(String path, String token, String header, String value) {
    List<String[]> headers = new ArrayList<>();
    headers.add(new String[] {header, value});
    return send(new Attempt(0, "GET", app.resolve(path).toString(), token == null ? "anonymous" : "sme",
        token == null ? headers : withToken(headers, token), null));
  }

  private static List<String[]> withToken(List<String[]> headers, String token) {
    List<String[]> all = new ArrayList<>(headers);
    all.add(new String[] {"Authorization", "Bearer " + token});
    return all;
  }

  private Attempt attempt(int number, Operation op, String auth, String token, String companyId,
      Random random, JsonObject document) {
    Matcher m = PARAM.matcher(op.path());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String value = m.group(1).equals("companyId") || (m.group(1).equals("id") && op.path().startsWith("/api/v1/companies/"))
          ? (random.nextInt(3) > 0 ? companyId : pick(random, PATH_VALUES))
          : m.group(1).equals("measureCode") && random.nextBoolean() ? "HR-TRAIN" : pick(random, PATH_VALUES);
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    List<String> query = new ArrayList<>();
    for (String name : op.query()) {
      if (random.nextInt(3) > 0) {
        query.add(name + "=" + pick(random, QUERY_VALUES));
      }
    }
    if (random.nextInt(8) == 0) {
      query.add("unknown=" + pick(random, QUERY_VALUES));
    }
    String uri = app.uri().resolve(path.substring(1)) + (query.isEmpty() ? "" : "?" + String.join("&", query));

    List<String[]> headers = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      headers.add(new String[] {"Accept", pick(random, ACCEPTS)});
    }
    if (random.nextInt(3) == 0) {
      headers.add(new String[] {"Accept-Language", pick(random, LANGUAGES)});
    }
    switch (auth) {
      case "sme" -> headers.add(new String[] {"Authorization", "Bearer " + token});
      case "garbage-token" -> headers.add(new String[] {"Authorization",
          pick(random, List.of("Bearer x", "Bearer " + "a".repeat(500), "Basic Zm9vOmJhcg==", "Bearer", "Bearer ;;;"))});
      default -> { }
    }
    String body = null;
    if (op.body() != null) {
      String type = op.bodyType();
      body = body(op.body(), document, random, headers);
      if (random.nextInt(10) == 0) {
        type = pick(random, CONTENT_TYPES);
      }
      if (!headers.stream().anyMatch(h -> h[0].equals("Content-Type"))) {
        headers.add(new String[] {"Content-Type", type});
      }
    } else if (!op.method().equals("GET") && !op.method().equals("DELETE") && random.nextInt(4) == 0) {
      body = "{\"unexpected\":true}";
      headers.add(new String[] {"Content-Type", "application/json"});
    }
    String method = random.nextInt(15) == 0 ? pick(random, List.of("PATCH", "PUT", "DELETE", "POST", "GET", "FOO", "OPTIONS", "HEAD"))
        : op.method();
    return new Attempt(number, method, uri, auth, headers, body);
  }

  /** A body of the documented shape, then (most of the time) broken in one way. */
  private static String body(JsonValue schema, JsonObject document, Random random, List<String[]> headers) {
    if (schema.getValueType() != JsonValue.ValueType.OBJECT) {
      return "type,count,internetFacing,vendorSupported\nPC," + pick(random, WEIRD_NUMBERS) + ",no,yes\n";
    }
    JsonValue valid = sample(schema.asJsonObject(), document, random, 0);
    String text = valid.toString();
    return switch (random.nextInt(12)) {
      case 0, 1 -> text;
      case 2, 3 -> replaceOneValue(valid, random, pick(random, WEIRD_NUMBERS));
      case 4 -> replaceOneValue(valid, random, Json.createValue(pick(random, WEIRD_STRINGS)).toString());
      case 5 -> replaceOneValue(valid, random, pick(random, List.of("true", "\"abc\"", "[]", "{}", "null", "[1,2]")));
      case 6 -> text.startsWith("{") && text.length() > 2
          ? text.substring(0, text.length() - 1) + "," + text.substring(1) : text + text;
      case 7 -> text + pick(random, List.of(" x", "{}", "]", " 1", "\u0000"));
      case 8 -> "[".repeat(200) + "]".repeat(200);
      case 9 -> pick(random, List.of("", "{", "nul", "{\"a\":}", "\u00ff\u00fe", "[1,]", "{'a':1}"));
      case 10 -> "[" + text + "]";
      default -> {
        headers.add(new String[] {"Content-Type", pick(random, CONTENT_TYPES)});
        yield text;
      }
    };
  }

  private static String replaceOneValue(JsonValue valid, Random random, String replacement) {
    if (!(valid instanceof JsonObject object) || object.isEmpty()) {
      return replacement;
    }
    List<String> keys = new ArrayList<>(object.keySet());
    String key = keys.get(random.nextInt(keys.size()));
    StringBuilder b = new StringBuilder("{");
    for (String k : keys) {
      if (b.length() > 1) {
        b.append(',');
      }
      b.append(Json.createValue(k)).append(':').append(k.equals(key) ? replacement : object.get(k).toString());
    }
    return b.append('}').toString();
  }

  /** A value that matches the schema (enums, formats, types), good enough to pass most checks. */
  private static JsonValue sample(JsonObject schema, JsonObject document, Random random, int depth) {
    if (schema.containsKey("$ref")) {
      String name = schema.getString("$ref").substring("#/components/schemas/".length());
      return depth > 6 ? JsonValue.NULL : sample(document.getJsonObject("components").getJsonObject("schemas")
          .getJsonObject(name), document, random, depth + 1);
    }
    if (schema.containsKey("enum")) {
      JsonArray values = schema.getJsonArray("enum");
      return values.get(random.nextInt(values.size()));
    }
    String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> {
        var b = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties != null) {
          properties.forEach((k, v) -> b.add(k, sample(v.asJsonObject(), document, random, depth + 1)));
        }
        yield b.build();
      }
      case "array" -> {
        var b = Json.createArrayBuilder();
        JsonObject items = schema.getJsonObject("items");
        for (int i = 0, n = random.nextInt(3); items != null && i < n && depth < 6; i++) {
          b.add(sample(items, document, random, depth + 1));
        }
        yield b.build();
      }
      case "integer" -> Json.createValue(random.nextInt(5) + 1);
      case "number" -> Json.createValue(random.nextInt(100) / 4.0);
      case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      default -> Json.createValue(switch (schema.getString("format", "")) {
        case "date-time" -> "2027-01-0" + (random.nextInt(8) + 1) + "T10:00:00+09:00";
        case "date" -> "2027-01-15";
        case "email" -> "fuzz" + random.nextInt(1000) + "@example.jp";
        default -> pick(random, List.of("テスト", "Test", "13", "RETAIL", "PC", "DONE", "long-enough-pw",
            "fuzz@example.jp", "2027-01-05T10:00:00+09:00"));
      });
    };
  }

  private static java.util.Optional<String> problemIfError(Attempt attempt, HttpResponse<String> reply) {
    int status = reply.statusCode();
    if (status < 400) {
      return java.util.Optional.empty();
    }
    String type = reply.headers().firstValue("Content-Type").orElse("");
    String why = null;
    if (status >= 500) {
      why = "server error";
    } else if (!type.startsWith("application/problem+json")) {
      why = "not problem+json (" + type + ")";
    } else if (!attempt.method().equals("HEAD")) {
      try {
        JsonObject problem = json(reply.body());
        if (problem.getInt("status") != status || problem.getString("title", "").isBlank()) {
          why = "problem without the right status or a title";
        }
      } catch (RuntimeException e) {
        why = "unreadable problem";
      }
    }
    return why == null ? java.util.Optional.empty()
        : java.util.Optional.of(status + " " + why + " for " + attempt + " -> " + abbreviate(reply.body(), 200));
  }

  private HttpResponse<String> send(Attempt attempt) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(attempt.uri())).timeout(Duration.ofSeconds(60))
        .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8));
    attempt.headers().forEach(h -> b.header(h[0], h[1]));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException("Could not send " + attempt, e);
    }
  }

  private JsonObject openApi() {
    HttpResponse<String> r = send(new Attempt(0, "GET", app.root().resolve("openapi").toString(), "anonymous",
        List.<String[]>of(new String[] {"Accept", "application/json"}), null));
    assertThat(r.statusCode()).isEqualTo(200);
    return json(r.body());
  }

  /** Every operation of the document, in a fixed order. */
  private static List<Operation> operations(JsonObject document) {
    List<Operation> operations = new ArrayList<>();
    document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
      if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
        return;
      }
      JsonObject op = value.asJsonObject();
      List<String> query = op.getJsonArray("parameters") == null ? List.of()
          : op.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
              .filter(p -> p.getString("in").equals("query")).map(p -> p.getString("name")).toList();
      JsonValue body = null;
      String bodyType = null;
      JsonObject content = op.containsKey("requestBody")
          ? op.getJsonObject("requestBody").getJsonObject("content") : null;
      if (content != null && content.containsKey("application/json")) {
        body = content.getJsonObject("application/json").getOrDefault("schema", JsonValue.EMPTY_JSON_OBJECT);
        bodyType = "application/json";
      } else if (content != null && !content.isEmpty()) {
        body = JsonValue.TRUE; // a CSV upload
        bodyType = content.keySet().iterator().next();
      }
      operations.add(new Operation(method.toUpperCase(), path, query, body, bodyType));
    }));
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return operations;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String abbreviate(String text, int max) {
    String oneLine = text.replace("\n", "\\n").replace("\u0000", "\\0");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…(" + oneLine.length() + ")";
  }
}
