package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API on Payara Micro against PostgreSQL with ddl/ applied. Each test makes its own data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void client() {
    api = new Api(Deployments.loopback(base));
  }

  private static JsonObject answers(String first, String rest, int count) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 1; i <= count; i++) {
      list.add(Json.createObjectBuilder().add("item", i).add("answer", i <= 5 ? first : rest));
    }
    return Json.createObjectBuilder().add("answers", list).build();
  }

  @Test
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

  @Test
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

  @Test
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

  @Test
  void withoutAValidTokenTheApiAnswers401() {
    Api.Reply none = api.get("api/v1/companies/1", null);
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(none.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.get("api/v1/accounts/me", "forged-token").status()).isEqualTo(401);
  }

  @Test
  void wrongCredentialsLookTheSameWhetherOrNotTheEmailExists() {
    String email = "known-" + UUID.randomUUID() + "@it.example";
    api.json("POST", "api/v1/accounts", null, Json.createObjectBuilder().add("email", email)
        .add("password", "long-enough-pw").add("displayName", "K").add("role", "SME").build());
    Api.Reply wrongPassword = api.json("POST", "api/v1/auth/token", null,
        Json.createObjectBuilder().add("email", email).add("password", "not-the-pw-1").build());
    Api.Reply unknown = api.json("POST", "api/v1/auth/token", null, Json.createObjectBuilder()
        .add("email", "nobody-" + UUID.randomUUID() + "@it.example").add("password", "not-the-pw-1").build());
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrongPassword.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
  }

  @Test
  void signUpRulesAdminOnlyFromConfigurationAndLogout() {
    Api.Reply admin = api.json("POST", "api/v1/accounts", null, Json.createObjectBuilder()
        .add("email", "x-" + UUID.randomUUID() + "@it.example").add("password", "long-enough-pw")
        .add("displayName", "X").add("role", "ADMIN").build());
    assertThat(admin.status()).isEqualTo(400);
    assertThat(admin.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("role");

    String email = "dup-" + UUID.randomUUID() + "@it.example";
    JsonObject body = Json.createObjectBuilder().add("email", email).add("password", "long-enough-pw")
        .add("displayName", "D").add("role", "PROVIDER").build();
    assertThat(api.json("POST", "api/v1/accounts", null, body).status()).isEqualTo(201);
    assertThat(api.json("POST", "api/v1/accounts", null, body).status()).isEqualTo(409);

    String adminToken = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(api.get("api/v1/accounts/me", adminToken).json().getString("role")).isEqualTo("ADMIN");
    assertThat(api.send("DELETE", "api/v1/auth/token", adminToken, null, null, null).status()).isEqualTo(204);
    assertThat(api.get("api/v1/accounts/me", adminToken).status()).isEqualTo(401);
  }

  @Test
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

  @Test
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
    Api.Reply metrics = new Api(java.net.URI.create("http://127.0.0.1:" + base.getPort() + "/"))
        .get("metrics?scope=application", null);
    assertThat(metrics.body()).containsPattern("self_checks_submitted_total\\{[^}]*} [1-9]");
  }

  @Test
  void healthMetricsAndOpenApiDescribeTheService() {
    URL root = base;
    Api server = new Api(java.net.URI.create("http://127.0.0.1:" + root.getPort() + "/"));
    Api.Reply health = server.get("health/ready", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\"").contains("UP");
    Api.Reply openapi = server.get("openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/companies/{id}:").contains("/api/v1/auth/token:")
        .contains("/api/v1/companies/{companyId}/self-checks:").contains("application/problem+json")
        .contains("Problem:");
    assertThat(server.get("metrics", null).status()).isEqualTo(200);
  }
}
