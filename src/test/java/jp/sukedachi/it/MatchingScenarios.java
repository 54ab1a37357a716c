package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/** An SME in Kumamoto with 12 PCs sees the published services that reach it, ranked and explained. */
final class MatchingScenarios {
  private static final String PASSWORD = "long-enough-pw";
  private final App app;
  private final Api api;
  private final Browser b;

  MatchingScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  /** A small manufacturer in Kumamoto (10 staff) with 12 PCs and an office network: its id. */
  private long kumamotoCompany(String token) {
    JsonObject company = Json.createObjectBuilder(Api.company("MANUFACTURING", 10_000_000, 10))
        .add("prefecture", "43").add("name", "熊本精工株式会社").build();
    Api.Reply created = api.json("POST", "api/v1/companies", token, company);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    for (var asset : List.of(List.of("PC", 12), List.of("NETWORK", 1))) {
      Api.Reply r = api.json("POST", "api/v1/companies/" + id + "/assets", token, Json.createObjectBuilder()
          .add("type", (String) asset.get(0)).add("label", (String) asset.get(0)).add("count", (Integer) asset.get(1))
          .add("internetFacing", false).add("vendorSupported", true).build());
      assertThat(r.status()).as(r.body()).isIn(200, 201);
    }
    return id;
  }

  /** Creates, submits and approves (as ADMIN) a service of a new provider: its id. */
  private long publish(JsonObject service) {
    String provider = api.newAccount("PROVIDER");
    JsonObject company = Json.createObjectBuilder().add("name", "九州セキュリティ株式会社")
        .add("corporateNumber", DirectoryScenarios.corporateNumber()).add("address", "熊本県熊本市中央区1-1")
        .add("contactEmail", "desk@it.example").build();
    assertThat(api.json("POST", "api/v1/providers", provider, company).status()).isEqualTo(201);
    Api.Reply created = api.json("POST", "api/v1/services", provider, service);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply submitted = api.send("POST", "api/v1/services/" + id + "/submit", provider, null, null, null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String admin = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    Api.Reply approved = api.json("POST", "api/v1/services/" + id + "/review", admin,
        Json.createObjectBuilder().add("decision", "APPROVE").build());
    assertThat(approved.json().getString("status")).as(approved.body()).isEqualTo("PUBLISHED");
    return id;
  }

  private static Map<Long, JsonObject> byId(JsonObject body, String list) {
    return body.getJsonArray(list).stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(o -> o.getJsonNumber("serviceId").longValue(), Function.identity()));
  }

  private static List<String> reasonKeys(JsonObject o) {
    return o.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("key")).toList();
  }

  private static String reasonTexts(JsonObject o) {
    return String.join(" ", o.getJsonArray("reasons").stream().map(r -> r.asJsonObject().getString("text")).toList());
  }

  @Scenario
  void aKumamotoSmeWith12PcsSeesTheServicesThatReachItRankedWithReasonsAndTheOthersExcludedWithWhy() {
    long network = publish(DirectoryScenarios.compliant("九州見守りネット").add("monthlyYenPerCompany", 8_800).build());
    long endpoint = publish(DirectoryScenarios.compliant("くまもと端末見守り").add("monitoringType", "ENDPOINT")
        .add("monthlyYenPerCompany", 0).add("monthlyYenPerDevice", 1_000).add("oneOffYen", 0)
        .add("dispatchPrefectures", Json.createArrayBuilder().add("43"))
        .add("measureCodes", Json.createArrayBuilder().add("DEV-EDR").add("INC-01").add("INC-INSURANCE")).build());
    long tokyo = publish(DirectoryScenarios.compliant("東京見守り").add("dispatchPrefectures",
        Json.createArrayBuilder().add("13")).build());
    long tiny = publish(DirectoryScenarios.compliant("小規模専用見守り").add("maxEmployees", 5).build());
    String sme = api.newAccount("SME");
    long company = kumamotoCompany(sme);
    String path = "api/v1/companies/" + company + "/service-matches";

    Api.Reply ja = api.send("GET", path, sme, "ja", null, null);
    assertThat(ja.status()).as(ja.body()).isEqualTo(200);
    Map<Long, JsonObject> matches = byId(ja.json(), "matches");
    Map<Long, JsonObject> excluded = byId(ja.json(), "excluded");
    assertThat(matches).containsKeys(network, endpoint).doesNotContainKeys(tokyo, tiny);
    assertThat(excluded).containsKeys(tokyo, tiny);

    JsonObject perDevice = matches.get(endpoint);
    assertThat(perDevice.getJsonNumber("monthlyYen").longValue()).isEqualTo(12_000);
    // A 10-person manufacturer is a 小規模企業者: 2/3 of the fee.
    assertThat(perDevice.getJsonNumber("subsidyMonthlyYen").longValue()).isEqualTo(8_000);
    assertThat(perDevice.getJsonNumber("firstYearYen").longValue()).isEqualTo(12 * 4_000);
    assertThat(perDevice.getJsonNumber("riskRemoved").doubleValue()).isPositive();
    assertThat(reasonKeys(perDevice)).contains("match.reason.price.devices", "match.reason.subsidy",
        "match.reason.withinBudget");
    assertThat(reasonTexts(perDevice)).contains("12,000円").contains("12台").contains("4,000円");
    JsonObject perCompany = matches.get(network);
    assertThat(perCompany.getJsonNumber("monthlyYen").longValue()).isEqualTo(8_800);
    assertThat(perCompany.getJsonNumber("firstYearYen").longValue()).isEqualTo(30_000 + 12 * (8_800 - 5_866));

    List<JsonObject> ranked = ja.json().getJsonArray("matches").stream().map(JsonValue::asJsonObject)
        .filter(m -> m.getBoolean("withinBudget")).toList();
    for (int i = 1; i < ranked.size(); i++) {
      double before = ranked.get(i - 1).getJsonNumber("riskRemoved").doubleValue()
          / Math.max(1, ranked.get(i - 1).getJsonNumber("firstYearYen").longValue());
      double after = ranked.get(i).getJsonNumber("riskRemoved").doubleValue()
          / Math.max(1, ranked.get(i).getJsonNumber("firstYearYen").longValue());
      assertThat(before).isGreaterThanOrEqualTo(after - 1e-9);
    }

    assertThat(excluded.get(tokyo).getJsonArray("filters").getString(0)).isEqualTo("REGION");
    assertThat(reasonTexts(excluded.get(tokyo))).contains("熊本県").contains("出張対応エリア外");
    assertThat(excluded.get(tiny).getJsonArray("filters").getString(0)).isEqualTo("EMPLOYEES");
    assertThat(reasonTexts(excluded.get(tiny))).contains("従業員10人");

    Api.Reply en = api.send("GET", path, sme, "en", null, null);
    assertThat(reasonTexts(byId(en.json(), "excluded").get(tokyo))).contains("Kumamoto");
    assertThat(reasonTexts(byId(en.json(), "matches").get(endpoint))).contains("¥12,000/month for your 12 PCs");
  }

  @Scenario
  void aMatchIsComparedInThePlanAndAServiceNotMatchedIsNotFound() {
    long network = publish(DirectoryScenarios.compliant("阿蘇見守りネット").add("monthlyYenPerCompany", 6_000).build());
    long tokyo = publish(DirectoryScenarios.compliant("多摩見守り").add("dispatchPrefectures",
        Json.createArrayBuilder().add("13")).build());
    String sme = api.newAccount("SME");
    long company = kumamotoCompany(sme);
    String path = "api/v1/companies/" + company + "/service-matches/";

    Api.Reply compared = api.get(path + network + "/comparison", sme);
    assertThat(compared.status()).as(compared.body()).isEqualTo(200);
    JsonObject c = compared.json();
    assertThat(c.getJsonObject("match").getJsonNumber("serviceId").longValue()).isEqualTo(network);
    assertThat(c.getJsonObject("without").getJsonArray("items")).isNotEmpty();
    assertThat(c.getJsonObject("with").getJsonNumber("riskBefore").doubleValue())
        .isEqualTo(c.getJsonObject("without").getJsonNumber("riskBefore").doubleValue());
    assertThat(c.getJsonNumber("separateMonthlyYen").longValue() + c.getJsonNumber("separateOneOffYen").longValue())
        .isPositive();
    boolean chosen = c.getBoolean("chosen");
    assertThat(c.getJsonObject("with").getJsonArray("items").stream()
        .anyMatch(i -> i.asJsonObject().getString("code").equals("OFFER:SERVICE-" + network))).isEqualTo(chosen);

    assertThat(api.get(path + tokyo + "/comparison", sme).status()).isEqualTo(404);
    assertThat(api.get(path + "999999999/comparison", sme).status()).isEqualTo(404);
  }

  @Scenario
  void anotherSmesMatchesAreNotFound() {
    String owner = api.newAccount("SME");
    long company = kumamotoCompany(owner);
    String other = api.newAccount("SME");
    kumamotoCompany(other);
    Api.Reply r = api.get("api/v1/companies/" + company + "/service-matches", other);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("api/v1/companies/" + company + "/service-matches/1/comparison", other).status())
        .isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + company + "/service-matches",
        api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD)).status())
        .isEqualTo(200);
  }

  @Scenario
  void onAPhoneTheSmeSeesItsMatchesWithReasonsACompareInItsPlanAnInquireLinkAndWhyOthersAreExcluded() {
    long reaching = publish(DirectoryScenarios.compliant("天草見守りネット").add("monthlyYenPerCompany", 1_000)
        .add("oneOffYen", 0).build());
    long tokyo = publish(DirectoryScenarios.compliant("品川見守り").add("dispatchPrefectures",
        Json.createArrayBuilder().add("13")).build());
    String email = "sme-" + UUID.randomUUID() + "@it.example";
    api.signUp(email, PASSWORD, "熊本 太郎", "SME");
    kumamotoCompany(api.token(email, PASSWORD));

    b.reset();
    b.window(390, 844);
    b.open(app.resolve("login.xhtml").toString());
    b.type("login:email", email);
    b.type("login:password", PASSWORD);
    b.click("login:submit");
    b.waitForUrl("/sme/home.xhtml");
    assertThat(b.find("navServices").getAttribute("href")).contains("/sme/services.xhtml");
    b.open(app.resolve("sme/services.xhtml").toString());
    b.waitForText("matches", "天草見守りネット");
    assertThat(b.text("match-" + reaching)).contains("月額1,000円（1社あたり、税抜）").contains("予算");
    assertThat(b.js("return document.querySelector(\"[id='match-" + reaching + "'] a.inquire\").getAttribute('href')"))
        .asString().endsWith("/sme/inquiry.xhtml?service=" + reaching);
    assertThat(b.js("return document.querySelectorAll('details.compare').length")).asString().isNotEqualTo("0");
    b.clickCss("details.compare summary");
    assertThat(b.js("return document.querySelector('details.compare').innerText")).asString()
        .contains("サービスあり").contains("サービスなし").contains("計画後の残存リスク");
    assertThat(b.text("excluded-" + tokyo)).contains("熊本県は出張対応エリア外");
    assertThat(b.js("return document.documentElement.scrollWidth <= window.innerWidth + 1")).isEqualTo(true);
    b.screenshot("sme-services-phone");
  }
}
