package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/** The REST API on Payara Micro against PostgreSQL with ddl/ applied. Each scenario makes its own data. */
class ApiScenarios {
  private final App app;
  private final Api api;

  ApiScenarios(App app, Api api) {
    this.app = app;
    this.api = api;
  }

  private static JsonObject answers(String first, String rest, int count) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 1; i <= count; i++) {
      list.add(Json.createObjectBuilder().add("item", i).add("answer", i <= 5 ? first : rest));
    }
    return Json.createObjectBuilder().add("answers", list).build();
  }

  @Scenario
  void anSmeRegistersItsCompanyAndSeesItsSizeClassInBothLanguages() {
    String token = api.newAccount("SME");
    Api.Reply created = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.header("Location")).endsWith("/api/v1/companies/" + id);
    JsonObject classification = created.json().getJsonObject("classification");
    assertThat(classification.getBoolean("sme")).isTrue();
    assertThat(classification.getBoolean("smallEnterprise")).isTrue();
    assertThat(classification.getString("basis")).contains("小売業").contains("小規模企業者");

    Api.Reply english = api.send("GET", "api/v1/companies/" + id, token, "en", null, null);
    assertThat(english.json().getJsonObject("classification").getString("basis"))
        .contains("retail").contains("small enterprise");

    Api.Reply updated = api.json("PUT", "api/v1/companies/" + id, token, Api.company("RETAIL", 60_000_000, 51));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().getJsonObject("classification").getBoolean("sme")).isFalse();
    assertThat(api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 1, 1)).status())
        .isEqualTo(409);
  }

  @Scenario
  void badInputIsAProblemWithFieldErrorsInTheAskedLanguageAndNothingIsSaved() {
    String token = api.newAccount("SME");
    JsonObject bad = Json.createObjectBuilder().add("name", "<script>x</script>")
        .add("legalForm", "CORPORATION").add("industry", "FISHING").add("capitalYen", -1)
        .add("employees", 5).add("prefecture", "99").add("sites", 1)
        .add("monthlyBudgetYen", 1).add("oneOffBudgetYen", 1).build();
    Api.Reply r = api.json("POST", "api/v1/companies", token, "en", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().getString("title")).isEqualTo("Invalid input");
    assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("name", "industry", "capitalYen", "prefecture");
    Api.Reply ja = api.json("POST", "api/v1/companies", token, bad);
    assertThat(ja.json().getString("title")).isEqualTo("入力内容に誤りがあります");

    assertThat(api.send("POST", "api/v1/companies", token, null, "application/json",
        "{\"name\":".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    assertThat(api.send("POST", "api/v1/companies", token, null, "application/json",
        "{\"employees\":\"many\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
    assertThat(api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 1, 1)).status())
        .as("the rejected requests saved no company").isEqualTo(201);
  }

  @Scenario
  void anotherUsersCompanyDoesNotExistForYou() {
    String owner = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", owner, Api.company("SERVICES", 1, 1)).json()
        .getJsonNumber("id").longValue();
    String stranger = api.newAccount("SME");
    assertThat(api.get("api/v1/companies/" + id, stranger).status()).isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + id + "/assets", stranger).status()).isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + id + "/self-checks", stranger).status()).isEqualTo(404);
    assertThat(api.json("PUT", "api/v1/companies/" + id, stranger, Api.company("RETAIL", 1, 1)).status())
        .isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + id, owner).status()).isEqualTo(200);
    assertThat(api.json("POST", "api/v1/companies", api.newAccount("EXPERT"), Api.company("RETAIL", 1, 1))
        .status()).isEqualTo(403);
  }

  @Scenario
  void withoutAValidTokenTheApiAnswers401() {
    Api.Reply none = api.get("api/v1/companies/1", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("api/v1/accounts/me", "forged-token").status()).isEqualTo(401);
  }

  @Scenario
  void wrongCredentialsLookTheSameWhetherOrNotTheEmailExists() {
    String email = "known-" + UUID.randomUUID() + "@it.example";
    api.signUp(email, "long-enough-pw", "K", "SME");
    Api.Reply wrongPassword = api.json("POST", "api/v1/auth/token", null,
        Json.createObjectBuilder().add("email", email).add("password", "not-the-pw-1").build());
    Api.Reply unknown = api.json("POST", "api/v1/auth/token", null, Json.createObjectBuilder()
        .add("email", "nobody-" + UUID.randomUUID() + "@it.example").add("password", "not-the-pw-1").build());
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrongPassword.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
  }

  @Scenario
  void withAConfiguredDatabaseNoDemoLoginExists() {
    Api.Reply demo = api.json("POST", "api/v1/auth/token", null, Json.createObjectBuilder()
        .add("email", "sme@example.jp").add("password", "sukedachi-demo").build());
    assertThat(demo.status()).isEqualTo(401);
  }

  @Scenario
  void signUpRulesAdminOnlyFromConfigurationAndLogout() {
    Api.Reply admin = api.json("POST", "api/v1/accounts", null, Json.createObjectBuilder()
        .add("email", "x-" + UUID.randomUUID() + "@it.example").add("password", "long-enough-pw")
        .add("displayName", "X").add("role", "ADMIN").build());
    assertThat(admin.status()).isEqualTo(400);
    assertThat(admin.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("role");

    String email = "dup-" + UUID.randomUUID() + "@it.example";
    JsonObject body = Json.createObjectBuilder().add("email", email).add("password", "long-enough-pw")
        .add("displayName", "D").add("role", "PROVIDER").build();
    assertThat(api.json("POST", "api/v1/accounts", null, body).status()).isEqualTo(202);
    api.confirm(email);
    assertThat(api.json("POST", "api/v1/accounts", null, body).status())
        .as("a registered address is answered like a new one (AccountHardeningScenarios)").isEqualTo(202);

    String adminToken = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(api.get("api/v1/accounts/me", adminToken).json().getString("role")).isEqualTo("ADMIN");
    assertThat(api.send("DELETE", "api/v1/auth/token", adminToken, null, null, null).status()).isEqualTo(204);
    assertThat(api.get("api/v1/accounts/me", adminToken).status()).isEqualTo(401);
  }

  @Scenario
  void csvImportIsAllOrNothingAndReportsLines() {
    String token = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", token, Api.company("MANUFACTURING", 1, 1)).json()
        .getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id + "/assets";
    String broken = "種別,名称,台数,インターネット公開,サポート中\nパソコン,PC,3,いいえ,はい\nNAS,,0,はい,たぶん\n";
    Api.Reply rejected = api.send("POST", path + "/import", token, null, "text/csv",
        broken.getBytes(Charset.forName("windows-31j")));
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("line 3: count", "line 3: vendorSupported");
    assertThat(api.get(path, token).array()).isEmpty();

    String good = "\uFEFFtype,label,count,internetFacing,vendorSupported\nPC,Office,3,no,yes\nREMOTE_ACCESS,VPN,1,yes,no\n";
    Api.Reply imported = api.send("POST", path + "/import", token, null, "text/csv",
        good.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.status()).isEqualTo(200);
    assertThat(api.get(path, token).array()).hasSize(2);

    Api.Reply info = api.json("POST", "api/v1/companies/" + id + "/information-assets", token,
        Json.createObjectBuilder().add("name", "マイナンバー").add("businessArea", "総務")
            .add("storageMedia", "金庫").add("personalInfo", "MY_NUMBER").add("confidentiality", 1)
            .add("integrity", 1).add("availability", 1).build());
    assertThat(info.status()).isEqualTo(201);
    assertThat(info.json().getInt("importance")).isEqualTo(3);
  }

  @Scenario
  void theSelfCheckScoresAll25AnswersAndKeepsHistory() {
    String token = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", token, Api.company("SERVICES", 1, 1)).json()
        .getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id + "/self-checks";
    Api.Reply incomplete = api.json("POST", path, token, "en", answers("IMPLEMENTED", "PARTIAL", 24));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("25");

    Api.Reply first = api.json("POST", path, token, answers("IMPLEMENTED", "NOT_IMPLEMENTED", 25));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().getInt("score")).isEqualTo(20);
    assertThat(first.json().getString("band")).isEqualTo("AT_RISK");
    assertThat(first.json().getJsonArray("parts").getJsonObject(0).getInt("score")).isEqualTo(20);

    String location = first.header("Location");
    assertThat(api.get(location.substring(location.indexOf("api/v1/")), token).json().getInt("score"))
        .isEqualTo(20);
    Api.Reply second = api.json("POST", path, token, answers("IMPLEMENTED", "IMPLEMENTED", 25));
    assertThat(second.json().getInt("score")).isEqualTo(100);
    assertThat(api.get(path, token).array().getValuesAs(JsonObject.class))
        .extracting(o -> o.getInt("score")).containsExactly(100, 20);
    Api.Reply metrics = new Api(app.root()).get("metrics?scope=application", null);
    assertThat(metrics.body()).containsPattern("self_checks_submitted_total\\{[^}]*} [1-9]");
  }

  @Scenario
  void healthMetricsAndOpenApiDescribeTheService() {
    Api server = new Api(app.root());
    Api.Reply health = server.get("health/ready", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\"").contains("UP");
    Api.Reply openapi = server.get("openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/companies/{id}:").contains("/api/v1/auth/token:")
        .contains("/api/v1/companies/{companyId}/self-checks:").contains("application/problem+json")
        .contains("/api/v1/companies/{companyId}/plan:").contains("/api/v1/catalog/measures:")
        .contains("Problem:");
    assertThat(server.get("metrics", null).status()).isEqualTo(200);
  }

  private long smeWithAssetsAndSelfCheck(String token) {
    long id = api.json("POST", "api/v1/companies", token, Api.company("TRANSPORT", 20_000_000, 30)).json()
        .getJsonNumber("id").longValue();
    String csv = "type,label,count,internetFacing,vendorSupported\nPC,Office,15,no,yes\n"
        + "MOBILE,Handhelds,30,no,yes\nREMOTE_ACCESS,VPN,1,yes,yes\nCLOUD_EMAIL,Dispatch,1,yes,yes\n";
    api.send("POST", "api/v1/companies/" + id + "/assets/import", token, null, "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    api.json("POST", "api/v1/companies/" + id + "/self-checks", token, answers("PARTIAL", "NOT_IMPLEMENTED", 25));
    return id;
  }

  @Scenario
  void thePlanFitsTheBudgetExplainsEveryItemAndFollowsWhatIfBudgets() {
    String token = api.newAccount("SME");
    long id = smeWithAssetsAndSelfCheck(token);
    String path = "api/v1/companies/" + id + "/plan";
    JsonObject plan = api.send("GET", path, token, "en", null, null).json();
    assertThat(plan.getString("catalogueVersion")).isEqualTo("2026.2");
    assertThat(plan.getString("riskUnit")).isEqualTo("JPY_PER_YEAR");
    assertThat(plan.getJsonObject("riskLevelBefore").getString("text")).isIn("High", "Elevated", "Moderate", "Low");
    assertThat(plan.getJsonArray("items").getValuesAs(JsonObject.class))
        .filteredOn(i -> i.getString("phase").equals("THIS_WEEK")).hasSizeBetween(1, 5);
    assertThat(plan.getJsonArray("next").getValuesAs(JsonObject.class))
        .allSatisfy(n -> assertThat(n.getJsonArray("reasons").getJsonObject(0).getString("key"))
            .isNotEqualTo("plan.reason.overBudget"));
    assertThat(plan.getJsonObject("budget").getInt("monthlyYen")).isEqualTo(20000);
    assertThat(plan.getJsonNumber("netMonthlyYen").longValue()).isLessThanOrEqualTo(20000);
    assertThat(plan.getJsonNumber("riskAfter").doubleValue()).isLessThan(plan.getJsonNumber("riskBefore").doubleValue());
    var items = plan.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.getJsonArray("reasons")).isNotEmpty());
    assertThat(items).extracting(i -> i.getString("code")).contains("ACC-VPNMFA");
    JsonObject vpn = items.stream().filter(i -> i.getString("code").equals("ACC-VPNMFA")).findFirst().orElseThrow();
    assertThat(vpn.getJsonArray("reasons").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("text")).anyMatch(t -> t.contains("Remote access and VPN"));

    JsonObject bigger = api.send("GET", path + "?monthlyBudgetYen=200000&oneOffBudgetYen=1000000&hours=100&subsidy=true",
        token, null, null, null).json();
    assertThat(bigger.getJsonNumber("riskAfter").doubleValue())
        .isLessThan(plan.getJsonNumber("riskAfter").doubleValue());
    assertThat(bigger.getJsonObject("budget").getBoolean("subsidy")).isTrue();
    assertThat(api.send("GET", path, token, null, null, null).body()).isEqualTo(api.send("GET", path, token, null, null, null).body());

    Api.Reply negative = api.send("GET", path + "?monthlyBudgetYen=-1&hours=abc", token, "en", null, null);
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("hours");
    Api.Reply absurd = api.send("GET", path + "?monthlyBudgetYen=999999999999", token, "en", null, null);
    assertThat(absurd.status()).isEqualTo(400);
    assertThat(absurd.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("monthlyBudgetYen");
  }

  @Scenario
  void progressUpdatesThePlanAndTheRiskHistoryAndIsOwnedByTheCompany() {
    String token = api.newAccount("SME");
    long id = smeWithAssetsAndSelfCheck(token);
    String path = "api/v1/companies/" + id + "/plan";
    double before = api.get(path, token).json().getJsonNumber("riskBefore").doubleValue();
    Api.Reply done = api.json("PUT", path + "/progress/ACC-VPNMFA", token,
        Json.createObjectBuilder().add("status", "DONE").build());
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().getString("ACC-VPNMFA")).isEqualTo("DONE");
    JsonObject after = api.get(path, token).json();
    assertThat(after.getJsonNumber("riskBefore").doubleValue()).isLessThan(before);
    assertThat(after.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("code")).doesNotContain("ACC-VPNMFA");
    var history = api.get(path + "/history", token).array().getValuesAs(JsonObject.class);
    assertThat(history).hasSizeGreaterThanOrEqualTo(2);
    assertThat(history.get(history.size() - 1).getJsonNumber("residualRisk").doubleValue())
        .isLessThan(history.get(0).getJsonNumber("residualRisk").doubleValue());

    Api.Reply unknown = api.json("PUT", path + "/progress/NOPE-99", token, "en",
        Json.createObjectBuilder().add("status", "DONE").build());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("NOPE-99");
    assertThat(api.json("PUT", path + "/progress/FIVE-01", token, Json.createObjectBuilder().add("status", "FINISHED").build())
        .status()).isEqualTo(400);
    String stranger = api.newAccount("SME");
    assertThat(api.json("PUT", path + "/progress/FIVE-01", stranger, Json.createObjectBuilder().add("status", "DONE").build())
        .status()).isEqualTo(404);
    assertThat(api.get(path, stranger).status()).isEqualTo(404);
    assertThat(api.get(path + "/progress", token).json().keySet()).containsExactly("ACC-VPNMFA");
  }

  @Scenario
  void thePlanDownloadsAsJapanesePdfAndExcelCsvAndThePolicyDraftNamesTheCompany() throws Exception {
    String token = api.newAccount("SME");
    long id = smeWithAssetsAndSelfCheck(token);
    String path = "api/v1/companies/" + id;
    Api.Reply pdf = api.send("GET", path + "/plan/report.pdf", token, null, null, null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("plan", ".pdf");
    var raw = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            app.resolve(path + "/plan/report.pdf")).header("Authorization", "Bearer " + token).build(),
        java.net.http.HttpResponse.BodyHandlers.ofFile(file));
    assertThat(raw.statusCode()).isEqualTo(200);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(text).contains("テスト株式会社").contains("情報セキュリティ対策計画").contains("今週やること").contains("年間の想定損失")
        .contains("VPN");

    Api.Reply csv = api.send("GET", path + "/plan/report.csv", token, null, null, null);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFF時期,コード,対策").contains("ACC-VPNMFA");

    Api.Reply policy = api.send("GET", path + "/security-action/basic-policy", token, null, null, null);
    assertThat(policy.body()).contains("情報セキュリティ基本方針").contains("テスト株式会社");
    JsonObject readiness = api.send("GET", path + "/security-action", token, "en", null, null).json();
    assertThat(readiness.getBoolean("oneStar")).isFalse();
    assertThat(readiness.getBoolean("selfCheckTaken")).isTrue();
    assertThat(readiness.getJsonArray("missingForOneStar")).hasSize(5);
  }

  @Scenario
  void theCatalogueIsReadableWithSourcesForEveryCost() {
    String token = api.newAccount("EXPERT");
    var measures = api.get("api/v1/catalog/measures", token).array().getValuesAs(JsonObject.class);
    assertThat(measures).hasSizeGreaterThanOrEqualTo(60)
        .allSatisfy(m -> assertThat(m.getString("costSource")).isNotBlank())
        .allSatisfy(m -> assertThat(m.getString("guidelineRef")).isNotBlank());
    var threats = api.send("GET", "api/v1/catalog/threats", token, "en", null, null).array().getValuesAs(JsonObject.class);
    assertThat(threats).extracting(t -> t.getString("code"))
        .contains("RANSOM", "SUPPLY", "VULN", "INSIDER", "TARGETED", "BEC", "CARELESS", "REMOTE", "DDOS", "AI");
    assertThat(threats.get(0).getString("code")).isEqualTo("RANSOM");
    assertThat(threats.get(0).getString("entryRoute")).contains("VPN");
    assertThat(threats.get(0).getJsonObject("routes").keySet()).contains("REMOTE_ACCESS", "STOLEN_CREDENTIALS");
    assertThat(threats.get(0).getJsonNumber("lossYen").longValue()).isPositive();
    assertThat(threats.get(0).getString("lossSource")).contains("NPA");
    var routes = api.send("GET", "api/v1/catalog/routes", token, "ja", null, null).array().getValuesAs(JsonObject.class);
    assertThat(routes).extracting(r -> r.getString("code")).contains("REMOTE_ACCESS", "UNSUPPORTED", "STOLEN_CREDENTIALS");
    assertThat(routes.get(0).getString("name")).isEqualTo("VPN・リモートデスクトップ");
  }

  @Scenario
  void aCompanyAboveTheSmeLimitsIsToldWhyNoSubsidyApplies() {
    String token = api.newAccount("SME");
    JsonObject large = Api.company("RETAIL", 1_000_000_000L, 400);
    long id = api.json("POST", "api/v1/companies", token, large).json().getJsonNumber("id").longValue();
    JsonObject plan = api.send("GET", "api/v1/companies/" + id + "/plan?subsidy=true", token, "en", null, null).json();
    assertThat(plan.getJsonObject("subsidyNote").getString("key")).isEqualTo("plan.subsidy.notSme");
    assertThat(plan.getJsonObject("subsidyNote").getString("text")).contains("SMEs only");
    assertThat(plan.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(i -> assertThat(i.getJsonNumber("subsidyMonthlyYen").longValue()).isZero());
  }

  // Issue #7 (inputs): whole numbers, business signals, hosted IT, the policy's signatory.

  private static JsonObject companyWith(String field, jakarta.json.JsonValue value) {
    return Json.createObjectBuilder(Api.company("RETAIL", 1, 1)).add(field, value).build();
  }

  private static java.util.List<String> errorFields(Api.Reply r) {
    return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field")).toList();
  }

  @Scenario
  void fractionalTextualOrHugeWholeNumbersAreFieldErrorsNeverTruncated() {
    String token = api.newAccount("SME");
    Api.Reply fractional = api.json("POST", "api/v1/companies", token, "en",
        companyWith("employees", Json.createValue(2.5)));
    assertThat(fractional.status()).isEqualTo(400);
    assertThat(fractional.header("Content-Type")).startsWith("application/problem+json");
    assertThat(errorFields(fractional)).containsExactly("employees");
    assertThat(fractional.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
        .contains("whole number");
    Api.Reply ja = api.json("POST", "api/v1/companies", token, companyWith("employees", Json.createValue(2.5)));
    assertThat(ja.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("整数");

    assertThat(errorFields(api.json("POST", "api/v1/companies", token, companyWith("employees", Json.createValue("3")))))
        .containsExactly("employees");
    // 2^32 + 2 would wrap to 2 in an int.
    assertThat(errorFields(api.json("POST", "api/v1/companies", token,
        companyWith("employees", Json.createValue(4_294_967_298L))))).containsExactly("employees");
    JsonObject several = Json.createObjectBuilder(companyWith("sites", Json.createValue(1.5)))
        .add("capitalYen", Json.createValue(new java.math.BigDecimal("1e30"))).build();
    assertThat(errorFields(api.json("POST", "api/v1/companies", token, several)))
        .containsExactlyInAnyOrder("sites", "capitalYen");

    long id = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 1, 3)).json()
        .getJsonNumber("id").longValue();
    assertThat(api.get("api/v1/companies/" + id, token).json().getInt("employees"))
        .as("the refused bodies saved nothing; the good one is stored as sent").isEqualTo(3);
    Api.Reply count = api.json("POST", "api/v1/companies/" + id + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("count", 2.5).add("internetFacing", false).add("vendorSupported", true).build());
    assertThat(count.status()).isEqualTo(400);
    assertThat(errorFields(count)).containsExactly("count");
    Api.Reply rating = api.json("POST", "api/v1/companies/" + id + "/information-assets", token,
        Json.createObjectBuilder().add("name", "顧客名簿").add("businessArea", "営業").add("storageMedia", "PC")
            .add("personalInfo", "PERSONAL").add("confidentiality", 2.5).add("integrity", 2)
            .add("availability", "2").build());
    assertThat(errorFields(rating)).containsExactlyInAnyOrder("confidentiality", "availability");
    JsonObject item = Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("item", 1).add("answer", "IMPLEMENTED"))
        .add(Json.createObjectBuilder().add("item", 2.5).add("answer", "IMPLEMENTED"))).build();
    assertThat(errorFields(api.json("POST", "api/v1/companies/" + id + "/self-checks", token, item)))
        .containsExactly("answers[1].item");
    assertThat(api.get("api/v1/companies/" + id + "/assets", token).array()).isEmpty();
  }

  @Scenario
  void theCompanyDeclaresHowItWorksAndAnUnknownSignalIsNamed() {
    String token = api.newAccount("SME");
    Api.Reply unknown = api.json("POST", "api/v1/companies", token, "en",
        companyWith("signals", Json.createArrayBuilder().add("AI_USE").add("BITCOIN").build()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(errorFields(unknown)).containsExactly("signals[1]");
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("BITCOIN");
    Api.Reply withOthers = api.json("POST", "api/v1/companies", token,
        Json.createObjectBuilder(companyWith("signals", Json.createArrayBuilder().add("WIFI").build()))
            .add("prefecture", "99").build());
    assertThat(errorFields(withOthers)).as("every broken rule at once").containsExactlyInAnyOrder("signals[0]", "prefecture");

    Api.Reply created = api.json("POST", "api/v1/companies", token,
        companyWith("signals", Json.createArrayBuilder().add("GUEST_WIFI").add("CARD_PAYMENT").build()));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id;
    assertThat(created.json().getJsonArray("signals").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString).containsExactly("CARD_PAYMENT", "GUEST_WIFI");

    int before = api.get(path + "/plan", token).json().getInt("version");
    api.json("PUT", path, token, Api.company("RETAIL", 1, 1));
    assertThat(api.get(path, token).json().getJsonArray("signals")).as("omitted: kept").hasSize(2);
    assertThat(api.get(path + "/plan", token).json().getInt("version")).isEqualTo(before);
    Api.Reply telework = api.json("PUT", path, token,
        companyWith("signals", Json.createArrayBuilder().add("TELEWORK").build()));
    assertThat(telework.json().getJsonArray("signals").getString(0)).isEqualTo("TELEWORK");
    assertThat(api.get(path + "/plan", token).json().getInt("version"))
        .as("the declared signals reach the planner through the company's facts").isEqualTo(before + 1);
    assertThat(api.json("PUT", path, token, companyWith("signals", Json.createArrayBuilder().build()))
        .json().getJsonArray("signals")).isEmpty();
  }

  @Scenario
  void whoRunsAnAssetRoundTripsAndAProvidersServiceIsNeverInternetFacing() {
    String token = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 1, 4)).json()
        .getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id + "/assets";
    java.util.function.BiFunction<String, Boolean, JsonObject> asset = (type, hosted) -> {
      var b = Json.createObjectBuilder().add("type", type).add("label", type).add("count", 1)
          .add("internetFacing", true).add("vendorSupported", true);
      return (hosted == null ? b : b.add("hosted", hosted)).build();
    };
    JsonObject shop = api.json("POST", path, token, asset.apply("EC_SITE", true)).json();
    assertThat(shop.getBoolean("hosted")).isTrue();
    assertThat(shop.getBoolean("internetFacing")).as("a provider runs it").isFalse();
    assertThat(api.json("POST", path, token, asset.apply("CLOUD_EMAIL", false)).json().getBoolean("hosted"))
        .as("cloud mail is always a provider's").isTrue();
    assertThat(api.json("POST", path, token, asset.apply("SNS_ACCOUNT", null)).json().getBoolean("hosted")).isTrue();
    assertThat(api.json("POST", path, token, asset.apply("PC", true)).json().getBoolean("hosted"))
        .as("a PC is the company's own").isFalse();
    JsonObject vpn = api.json("POST", path, token, asset.apply("REMOTE_ACCESS", null)).json();
    assertThat(vpn.getBoolean("hosted")).isFalse();
    assertThat(vpn.getBoolean("internetFacing")).isTrue();
    assertThat(api.get(path, token).array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("type") + ":" + a.getBoolean("hosted") + ":" + a.getBoolean("internetFacing"))
        .containsExactly("EC_SITE:true:false", "CLOUD_EMAIL:true:false", "SNS_ACCOUNT:true:false",
            "PC:false:true", "REMOTE_ACCESS:false:true");

    // The same website, run by a provider and then by the company: the planner sees the change.
    String plan = "api/v1/companies/" + id + "/plan";
    long site = api.json("POST", path, token, asset.apply("WEBSITE", true)).json().getJsonNumber("id").longValue();
    int hosted = api.get(plan, token).json().getInt("version");
    api.send("DELETE", path + "/" + site, token, null, null, null);
    api.json("POST", path, token, asset.apply("WEBSITE", false));
    assertThat(api.get(plan, token).json().getInt("version"))
        .as("who runs it reaches the planner through the company's facts").isEqualTo(hosted + 1);
  }

  @Scenario
  void theAssetCsvTakesAnOptionalHostingColumnInJapaneseOrEnglish() {
    String token = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 1, 4)).json()
        .getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id + "/assets";
    String bad = "種別,名称,台数,インターネット公開,サポート中,提供形態\nECサイト（ネットショップ）,BASE,1,いいえ,はい,たぶん\n";
    Api.Reply rejected = api.send("POST", path + "/import", token, null, "text/csv",
        bad.getBytes(Charset.forName("windows-31j")));
    assertThat(rejected.status()).isEqualTo(400);
    assertThat(errorFields(rejected)).containsExactly("line 2: hosted");
    assertThat(rejected.json().getJsonArray("errors").getJsonObject(0).getString("detail")).contains("提供形態");

    String japanese = "種別,名称,台数,インターネット公開,サポート中,提供形態\n"
        + "ECサイト（ネットショップ）,BASE,1,はい,はい,サービス\nサーバー,受注サーバー,1,はい,はい,自社\n";
    assertThat(api.send("POST", path + "/import", token, null, "text/csv",
        japanese.getBytes(Charset.forName("windows-31j"))).status()).isEqualTo(200);
    String english = "type,label,count,internetFacing,vendorSupported,hosting\nWEBSITE,Wix,1,no,yes,SERVICE\n"
        + "SNS_ACCOUNT,Instagram,2,no,yes,SELF\n";
    assertThat(api.send("POST", path + "/import", token, null, "text/csv",
        english.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    assertThat(api.get(path, token).array().getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("label") + ":" + a.getBoolean("hosted") + ":" + a.getBoolean("internetFacing"))
        .containsExactlyInAnyOrder("BASE:true:false", "受注サーバー:false:true", "Wix:true:false",
            "Instagram:true:false");
  }

  @Scenario
  void aSoleProprietorsPolicyDraftIsSignedByTheOwner() {
    String token = api.newAccount("SME");
    JsonObject bakery = Json.createObjectBuilder(Api.company("RETAIL", 0, 2)).add("name", "さくらベーカリー")
        .add("legalForm", "SOLE_PROPRIETOR").build();
    long id = api.json("POST", "api/v1/companies", token, bakery).json().getJsonNumber("id").longValue();
    String path = "api/v1/companies/" + id + "/security-action/basic-policy";
    assertThat(api.get(path, token).body()).contains("さくらベーカリー　代表者").doesNotContain("代表取締役");
    assertThat(api.send("GET", path, token, "en", null, null).body()).contains("さくらベーカリー, Owner")
        .doesNotContain("Representative Director");
  }
}
