package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.sukedachi.directory.domain.CorporateNumber;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/** Providers, service listings, the お助け隊 standard and the operators' review, through the REST API. */
final class DirectoryScenarios {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final App app;
  private final Api api;

  DirectoryScenarios(App app, Api api) {
    this.app = app;
    this.api = api;
  }

  /** A 法人番号 with a valid check digit that no other scenario uses. */
  static String corporateNumber() {
    return CorporateNumber.withCheckDigit(String.format("%012d", RANDOM.nextLong(1_000_000_000_000L)));
  }

  private static JsonObject company(String number) {
    return Json.createObjectBuilder().add("name", "テスト見守り株式会社").add("corporateNumber", number)
        .add("address", "熊本県熊本市中央区1-1").add("contactEmail", "desk@it.example").build();
  }

  /** A PROVIDER account with its company registered; its token. */
  private String provider() {
    String token = api.newAccount("PROVIDER");
    Api.Reply r = api.json("POST", "api/v1/providers", token, company(corporateNumber()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return token;
  }

  private String admin() {
    return api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
  }

  /** A 1類 network-wide service that meets the standard, dispatching to Fukuoka and Kumamoto. */
  static JsonObjectBuilder compliant(String name) {
    return Json.createObjectBuilder().add("name", name).add("serviceClass", "CLASS_1")
        .add("monitoringType", "NETWORK").add("monthlyYenPerCompany", 10_000).add("monthlyYenPerDevice", 0)
        .add("oneOffYen", 30_000).add("monitoredEndpoints", 20)
        .add("consultationDesk", true).add("consultationHours", "平日 9:00-18:00")
        .add("monitoring24h", true).add("onSiteDispatch", true)
        .add("dispatchPrefectures", Json.createArrayBuilder().add("40").add("43"))
        .add("insurance", true).add("insurer", "あんしん損害保険").add("insuranceLimitYen", 3_000_000)
        .add("maxEmployees", 100).add("minimumTermMonths", 12)
        .add("ipaRegistrationNumber", "OT-IT-0001").add("ipaRegisteredOn", "2023-02-20")
        .add("subsidyEligible", true)
        .add("measureCodes", Json.createArrayBuilder().add("NET-UTM").add("NET-LOG").add("INC-INSURANCE"));
  }

  private long create(String token, JsonObject body) {
    Api.Reply r = api.json("POST", "api/v1/services", token, body);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().getString("status")).isEqualTo("DRAFT");
    long id = r.json().getJsonNumber("id").longValue();
    assertThat(r.header("Location")).endsWith("/api/v1/services/" + id);
    return id;
  }

  private Api.Reply post(String path, String token, String language) {
    return api.send("POST", path, token, language, null, null);
  }

  private Api.Reply review(long id, String token, String decision, String reason) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("decision", decision);
    if (reason != null) {
      b.add("reason", reason);
    }
    return api.json("POST", "api/v1/services/" + id + "/review", token, b.build());
  }

  /** A published service of a new provider: {providerToken, id}. */
  private Object[] published(String name) {
    String token = provider();
    long id = create(token, compliant(name).build());
    assertThat(post("api/v1/services/" + id + "/submit", token, null).status()).isEqualTo(200);
    Api.Reply approved = review(id, admin(), "APPROVE", null);
    assertThat(approved.json().getString("status")).as(approved.body()).isEqualTo("PUBLISHED");
    return new Object[] {token, id};
  }

  private JsonObject listed(long id, String token) {
    return api.get("api/v1/services", token).array().stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("serviceId").longValue() == id).findFirst().orElse(null);
  }

  private static List<String> fields(Api.Reply r) {
    return r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
  }

  @Scenario
  void aNonCompliantServiceHearsEveryFailedRuleAndIsPublishedOnlyOnceFixedAndApproved() {
    String token = api.newAccount("PROVIDER");
    String number = corporateNumber();
    Api.Reply registered = api.json("POST", "api/v1/providers", token, company(number));
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().getJsonNumber("id").longValue()).isPositive();
    assertThat(api.get("api/v1/providers/me", token).json().getString("corporateNumber")).isEqualTo(number);

    JsonObject tooDear = compliant("九州見守りネット").add("monthlyYenPerCompany", 12_000).add("insurance", false)
        .add("ipaRegistrationNumber", "").add("dispatchPrefectures", Json.createArrayBuilder()).build();
    long id = create(token, tooDear);

    Api.Reply ja = post("api/v1/services/" + id + "/submit", token, "ja");
    assertThat(ja.status()).isEqualTo(400);
    assertThat(ja.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(ja)).containsExactly("monthlyYenPerCompany", "dispatchPrefectures", "insurance",
        "ipaRegistrationNumber");
    assertThat(ja.body()).contains("1類の価格上限（ネットワーク一括監視）").contains("12,000円")
        .contains("駆付け支援").contains("簡易サイバー保険").contains("IPAへの登録");
    Api.Reply en = post("api/v1/services/" + id + "/submit", token, "en");
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.body()).contains("Type 1 price cap (network-wide monitoring)").contains("¥12,000")
        .contains("On-site dispatch").contains("Simple cyber insurance").contains("IPA registration");

    JsonObject own = api.get("api/v1/services/" + id, token).json();
    assertThat(own.getString("status")).isEqualTo("DRAFT");
    assertThat(own.getJsonArray("compliance").stream().map(c -> c.asJsonObject().getString("rule")))
        .containsExactly("CLASS1_NETWORK_PRICE_CAP", "ON_SITE_DISPATCH", "SIMPLE_INSURANCE", "IPA_REGISTRATION");

    Api.Reply fixed = api.json("PUT", "api/v1/services/" + id, token, compliant("九州見守りネット").build());
    assertThat(fixed.status()).isEqualTo(200);
    assertThat(fixed.json().getJsonArray("compliance")).isEmpty();
    Api.Reply submitted = post("api/v1/services/" + id + "/submit", token, null);
    assertThat(submitted.status()).isEqualTo(200);
    assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");

    String sme = api.newAccount("SME");
    assertThat(listed(id, sme)).as("not shown before review").isNull();
    assertThat(api.get("api/v1/services/" + id, sme).status()).isEqualTo(404);
    Api.Reply smeReview = review(id, sme, "APPROVE", null);
    assertThat(smeReview.status()).isEqualTo(403);
    assertThat(smeReview.header("Content-Type")).startsWith("application/problem+json");

    String admin = admin();
    JsonObject queued = api.get("api/v1/services/submitted", admin).array().stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("serviceId").longValue() == id).findFirst().orElseThrow();
    assertThat(queued.getBoolean("firstPublication")).isTrue();
    assertThat(queued.getString("corporateNumber")).isEqualTo(number);
    assertThat(queued.getJsonObject("terms").getString("ipaRegistrationNumber")).isEqualTo("OT-IT-0001");
    Api.Reply approved = review(id, admin, "APPROVE", null);
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("PUBLISHED");

    JsonObject shown = listed(id, sme);
    assertThat(shown).isNotNull();
    assertThat(shown.getString("providerName")).isEqualTo("テスト見守り株式会社");
    assertThat(shown.getJsonNumber("monthlyYenPerCompany").longValue()).isEqualTo(10_000);
    assertThat(shown.getJsonArray("dispatchPrefectures").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("40", "43");
    assertThat(shown.getJsonArray("measureCodes").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("INC-INSURANCE", "NET-LOG", "NET-UTM");
    JsonObject read = api.get("api/v1/services/" + id, sme).json();
    assertThat(read.getBoolean("published")).isTrue();
    assertThat(read.getJsonArray("compliance")).isEmpty();

    JsonObject history = api.get("api/v1/services/" + id + "/history", token).json();
    assertThat(history.getJsonArray("events").stream().map(e -> e.asJsonObject().getString("kind")))
        .containsExactly("CREATED", "EDITED", "SUBMITTED", "APPROVED");
    assertThat(history.getJsonArray("events").getJsonObject(3).getString("actorRole")).isEqualTo("ADMIN");
    assertThat(api.get("api/v1/services/" + id + "/history", sme).status()).isEqualTo(404);
    assertThat(api.get("api/v1/services/" + id + "/history", admin).status()).isEqualTo(200);
    assertThat(api.get("api/v1/providers/me/services", token).array().getJsonObject(0).getString("status"))
        .isEqualTo("PUBLISHED");
  }

  @Scenario
  void anEditGoesBackToReviewWhileThePublishedRevisionStaysVisibleAndARejectionNeedsAReason() {
    Object[] p = published("見守りプラス");
    String token = (String) p[0];
    long id = (long) p[1];
    String sme = api.newAccount("SME");
    String admin = admin();

    Api.Reply edited = api.json("PUT", "api/v1/services/" + id, token,
        compliant("見守りプラス").add("monthlyYenPerCompany", 9_500).build());
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().getString("status")).isEqualTo("DRAFT");
    assertThat(edited.json().getInt("revision")).isEqualTo(2);
    assertThat(edited.json().getInt("publishedRevision")).isEqualTo(1);
    assertThat(edited.json().getBoolean("published")).isTrue();
    assertThat(listed(id, sme).getJsonNumber("monthlyYenPerCompany").longValue()).isEqualTo(10_000);

    assertThat(post("api/v1/services/" + id + "/submit", token, null).json().getString("status")).isEqualTo("SUBMITTED");
    Api.Reply whileReviewed = api.json("PUT", "api/v1/services/" + id, token,
        compliant("見守りプラス").add("monthlyYenPerCompany", 9_000).build());
    assertThat(whileReviewed.status()).isEqualTo(409);
    JsonObject queued = api.get("api/v1/services/submitted", admin).array().stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("serviceId").longValue() == id).findFirst().orElseThrow();
    assertThat(queued.getBoolean("firstPublication")).isFalse();
    assertThat(queued.getJsonArray("changes")).singleElement().satisfies(c -> {
      assertThat(c.asJsonObject().getString("field")).isEqualTo("monthlyYenPerCompany");
      assertThat(c.asJsonObject().getString("before")).isEqualTo("10000");
      assertThat(c.asJsonObject().getString("after")).isEqualTo("9500");
    });

    Api.Reply noReason = api.json("POST", "api/v1/services/" + id + "/review", admin, "en",
        Json.createObjectBuilder().add("decision", "REJECT").add("reason", " ").build());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");
    assertThat(noReason.body()).contains("Give the reason for the rejection");
    assertThat(api.get("api/v1/services/" + id, token).json().getString("status")).isEqualTo("SUBMITTED");

    Api.Reply rejected = review(id, admin, "REJECT", "IPAの登録情報と料金が一致しません");
    assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
    JsonObject own = api.get("api/v1/services/" + id, token).json();
    assertThat(own.getString("reviewReason")).isEqualTo("IPAの登録情報と料金が一致しません");
    assertThat(listed(id, sme).getJsonNumber("monthlyYenPerCompany").longValue()).isEqualTo(10_000);

    api.json("PUT", "api/v1/services/" + id, token, compliant("見守りプラス").add("monthlyYenPerCompany", 9_000).build());
    post("api/v1/services/" + id + "/submit", token, null);
    assertThat(review(id, admin, "APPROVE", "").json().getInt("publishedRevision")).isEqualTo(3);
    assertThat(listed(id, sme).getJsonNumber("monthlyYenPerCompany").longValue()).isEqualTo(9_000);
    JsonArray revisions = api.get("api/v1/services/" + id + "/history", token).json().getJsonArray("revisions");
    assertThat(revisions.stream().map(r -> r.asJsonObject().getString("state")))
        .containsExactly("SUPERSEDED", "REJECTED", "PUBLISHED");
    assertThat(revisions.getJsonObject(1).getString("reviewReason")).isEqualTo("IPAの登録情報と料金が一致しません");
  }

  @Scenario
  void twoOperatorsReviewingTheSameRevisionAtOnceOneWinsTheOtherGets409() throws Exception {
    String token = provider();
    long id = create(token, compliant("同時審査").build());
    post("api/v1/services/" + id + "/submit", token, null);
    String admin = admin();
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> both = List.of("APPROVE", "REJECT").stream()
        .map(decision -> HttpRequest.newBuilder(app.resolve("api/v1/services/" + id + "/review"))
            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("decision", decision)
                .add("reason", "同時").build().toString(), StandardCharsets.UTF_8)).build())
        .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
    List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
    assertThat(statuses).containsExactly(200, 409);
    String status = api.get("api/v1/services/" + id, token).json().getString("status");
    assertThat(status).isIn("PUBLISHED", "REJECTED");
    JsonArray events = api.get("api/v1/services/" + id + "/history", token).json().getJsonArray("events");
    assertThat(events.stream().map(e -> e.asJsonObject().getString("kind"))
        .filter(k -> k.equals("APPROVED") || k.equals("REJECTED"))).hasSize(1);
    Api.Reply late = review(id, admin, "APPROVE", null);
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.header("Content-Type")).startsWith("application/problem+json");
  }

  @Scenario
  void onlyItsProviderMayChangeAServiceAndOnlyOperatorsReviewIt() {
    Object[] p = published("他社は触れない");
    long id = (long) p[1];
    String draftOwner = provider();
    long draft = create(draftOwner, compliant("下書き").build());
    String other = provider();
    assertThat(api.json("PUT", "api/v1/services/" + id, other, compliant("乗っ取り").build()).status()).isEqualTo(404);
    assertThat(post("api/v1/services/" + draft + "/submit", other, null).status()).isEqualTo(404);
    assertThat(api.json("POST", "api/v1/services/" + id + "/withdraw", other, Json.createObjectBuilder().build())
        .status()).isEqualTo(404);
    assertThat(api.get("api/v1/services/" + draft, other).status()).isEqualTo(404);
    assertThat(api.get("api/v1/services/" + id + "/history", other).status()).isEqualTo(404);
    assertThat(api.get("api/v1/services/" + id, other).json().getJsonArray("compliance")).isEmpty();

    String sme = api.newAccount("SME");
    assertThat(api.json("POST", "api/v1/services", sme, compliant("SMEは出せない").build()).status()).isEqualTo(403);
    assertThat(api.json("POST", "api/v1/providers", sme, company(corporateNumber())).status()).isEqualTo(403);
    assertThat(review(draft, sme, "APPROVE", null).status()).isEqualTo(403);
    assertThat(api.get("api/v1/services/submitted", other).status()).isEqualTo(403);
    assertThat(api.json("POST", "api/v1/services/" + id + "/suspend", other,
        Json.createObjectBuilder().add("reason", "x").build()).status()).isEqualTo(403);
    assertThat(api.get("api/v1/providers/me", api.newAccount("EXPERT")).status()).isEqualTo(403);

    String noCompany = api.newAccount("PROVIDER");
    Api.Reply first = api.json("POST", "api/v1/services", noCompany, compliant("会社未登録").build());
    assertThat(first.status()).isEqualTo(409);
    assertThat(api.get("api/v1/providers/me", noCompany).status()).isEqualTo(404);
  }

  @Scenario
  void anOperatorSuspendsWithAReasonAndReinstatesAndAWithdrawnServiceIsHiddenForGood() {
    Object[] p = published("停止と取り下げ");
    String token = (String) p[0];
    long id = (long) p[1];
    String admin = admin();
    String sme = api.newAccount("SME");

    Api.Reply noReason = api.json("POST", "api/v1/services/" + id + "/suspend", admin, Json.createObjectBuilder().build());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");
    Api.Reply suspended = api.json("POST", "api/v1/services/" + id + "/suspend", admin,
        Json.createObjectBuilder().add("reason", "保険契約を確認中").build());
    assertThat(suspended.json().getString("status")).isEqualTo("SUSPENDED");
    assertThat(listed(id, sme)).isNull();
    assertThat(api.get("api/v1/services/" + id, sme).status()).isEqualTo(404);
    Api.Reply reinstated = api.json("POST", "api/v1/services/" + id + "/reinstate", admin, Json.createObjectBuilder().build());
    assertThat(reinstated.json().getString("status")).isEqualTo("PUBLISHED");
    assertThat(listed(id, sme)).isNotNull();

    Api.Reply withdrawn = api.json("POST", "api/v1/services/" + id + "/withdraw", token,
        Json.createObjectBuilder().add("reason", "提供終了").build());
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.json().getBoolean("published")).isFalse();
    assertThat(listed(id, sme)).isNull();
    assertThat(api.get("api/v1/services/" + id, sme).status()).isEqualTo(404);
    assertThat(api.json("PUT", "api/v1/services/" + id, token, compliant("復活").build()).status()).isEqualTo(409);
    assertThat(api.json("POST", "api/v1/services/" + id + "/reinstate", admin, Json.createObjectBuilder().build())
        .status()).isEqualTo(409);
    assertThat(api.get("api/v1/services/" + id + "/history", token).json().getJsonArray("events").stream()
        .map(e -> e.asJsonObject().getString("kind"))).endsWith("SUSPENDED", "REINSTATED", "WITHDRAWN");
  }

  @Scenario
  void badInputIsA400WithLocalisedFieldErrorsAndNothingIsSaved() {
    String token = api.newAccount("PROVIDER");
    String good = corporateNumber();
    String wrongCheckDigit = ((good.charAt(0) - '0') % 9 + 1) + good.substring(1);
    Api.Reply badNumber = api.json("POST", "api/v1/providers", token, company(wrongCheckDigit));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(badNumber)).containsExactly("corporateNumber");
    assertThat(badNumber.body()).contains("チェックデジット");
    Api.Reply blank = api.json("POST", "api/v1/providers", token, "en", Json.createObjectBuilder()
        .add("corporateNumber", "12345").add("contactEmail", "not-mail").build());
    assertThat(blank.status()).isEqualTo(400);
    assertThat(fields(blank)).contains("name", "corporateNumber", "address", "contactEmail");
    assertThat(blank.body()).contains("check digit");
    assertThat(api.get("api/v1/providers/me", token).status()).as("nothing saved").isEqualTo(404);

    assertThat(api.json("POST", "api/v1/providers", token, company(good)).status()).isEqualTo(201);
    assertThat(api.json("POST", "api/v1/providers", token, company(corporateNumber())).status()).isEqualTo(409);
    Api.Reply taken = api.json("POST", "api/v1/providers", api.newAccount("PROVIDER"), company(good));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body()).contains("この法人番号の会社はすでに登録されています");

    JsonObject absurd = compliant("おかしな入力").add("monthlyYenPerCompany", -1).add("monthlyYenPerDevice", 5_000_000)
        .add("oneOffYen", 1_000_000_000_000L).add("serviceClass", "CLASS_9")
        .add("dispatchPrefectures", Json.createArrayBuilder().add("43").add("48"))
        .add("industries", Json.createArrayBuilder().add("ALCHEMY"))
        .add("measureCodes", Json.createArrayBuilder().add("NOPE-1").add("NET-UTM"))
        .add("minEmployees", 50).add("maxEmployees", 10).add("ipaRegisteredOn", "2023-13-40")
        .add("consultationHours", "<script>alert(1)</script>").build();
    Api.Reply en = api.json("POST", "api/v1/services", token, "en", absurd);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(en)).contains("monthlyYenPerCompany", "monthlyYenPerDevice", "oneOffYen", "serviceClass",
        "dispatchPrefectures[1]", "industries[0]", "measureCodes[0]", "maxEmployees", "ipaRegisteredOn",
        "consultationHours").doesNotContain("dispatchPrefectures[0]", "measureCodes[1]");
    assertThat(en.body()).contains("\\\"48\\\" is not a prefecture code").contains("is not a measure code")
        .contains("between ¥0 and ¥10,000,000");
    Api.Reply ja = api.json("POST", "api/v1/services", token, "ja", absurd);
    assertThat(ja.body()).contains("都道府県コード").contains("対策カタログ");
    assertThat(api.get("api/v1/providers/me/services", token).array()).as("nothing saved").isEmpty();

    Api.Reply notJson = api.send("POST", "api/v1/services", token, "en", "application/json",
        "{name: oops".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.status()).isEqualTo(400);
    long id = create(token, compliant("正しい入力").build());
    Api.Reply decision = api.json("POST", "api/v1/services/" + id + "/review", admin(),
        Json.createObjectBuilder().add("decision", "MAYBE").build());
    assertThat(decision.status()).isEqualTo(400);
    assertThat(fields(decision)).containsExactly("decision");
    Api.Reply badEdit = api.json("PUT", "api/v1/services/" + id, token, compliant("正しい入力")
        .add("monthlyYenPerDevice", -5).build());
    assertThat(badEdit.status()).isEqualTo(400);
    assertThat(api.get("api/v1/services/" + id, token).json().getJsonObject("terms")
        .getJsonNumber("monthlyYenPerDevice").longValue()).as("unchanged").isZero();
  }

  @Scenario
  void providerPagesAreForProvidersWhoLandThereAndTheQueueIsForOperators() {
    String email = "provider-" + java.util.UUID.randomUUID() + "@it.example";
    api.signUp(email, "long-enough-pw", "P", "PROVIDER");
    SecurityScenarios.Visitor provider = new SecurityScenarios.Visitor(app.uri(), "en");
    assertThat(provider.logIn(email, "long-enough-pw").location()).endsWith("/provider/home.xhtml");
    SecurityScenarios.Visitor.Page home = provider.get("provider/home.xhtml");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Provider home").contains("Register your company");
    assertThat(provider.get("admin/services.xhtml").status()).isEqualTo(403);

    SecurityScenarios.Visitor sme = new SecurityScenarios.Visitor(app.uri(), "ja");
    String smeEmail = "sme-" + java.util.UUID.randomUUID() + "@it.example";
    api.signUp(smeEmail, "long-enough-pw", "S", "SME");
    sme.logIn(smeEmail, "long-enough-pw");
    assertThat(sme.get("provider/service.xhtml").status()).isEqualTo(403);
    assertThat(new SecurityScenarios.Visitor(app.uri(), "ja").get("provider/home.xhtml").location())
        .isEqualTo(app.resolve("login.xhtml").toString());

    SecurityScenarios.Visitor admin = new SecurityScenarios.Visitor(app.uri(), "ja");
    admin.logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(admin.get("admin/home.xhtml").body()).contains("admin/services.xhtml");
    assertThat(admin.get("admin/services.xhtml").body()).contains("お助け隊サービスの審査").contains("審査待ち");
  }

  @Scenario
  void theOpenApiDocumentDescribesTheDirectory() {
    String doc = new Api(app.root()).get("openapi", null).body();
    assertThat(doc).contains("/api/v1/providers:").contains("/api/v1/services:")
        .contains("/api/v1/services/{id}/submit:").contains("/api/v1/services/{id}/review:");
  }
}
