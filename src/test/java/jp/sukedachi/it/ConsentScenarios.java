package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/** Consent grants, the shared view and the access log, through the REST API. */
final class ConsentScenarios {
  private final Api api;

  ConsentScenarios(Api api) {
    this.api = api;
  }

  /** An SME with a company, one asset group and a self-check; returns {token, companyId}. */
  private Object[] smeWithData() {
    String token = api.newAccount("SME");
    long id = api.json("POST", "api/v1/companies", token, Api.company("MANUFACTURING", 10_000_000, 12))
        .json().getJsonNumber("id").longValue();
    api.json("POST", "api/v1/companies/" + id + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "事務所PC").add("count", 12).add("internetFacing", false)
        .add("vendorSupported", true).build());
    var answers = Json.createArrayBuilder();
    for (int i = 1; i <= 25; i++) {
      answers.add(Json.createObjectBuilder().add("item", i).add("answer", "PARTIAL"));
    }
    api.json("POST", "api/v1/companies/" + id + "/self-checks", token,
        Json.createObjectBuilder().add("answers", answers).build());
    return new Object[] {token, id};
  }

  private String emailOf(String token) {
    return api.get("api/v1/accounts/me", token).json().getString("email");
  }

  private static JsonObject grant(String email, String... parts) {
    var list = Json.createArrayBuilder();
    for (String p : parts) {
      list.add(p);
    }
    return Json.createObjectBuilder().add("recipientEmail", email).add("parts", list).build();
  }

  @Scenario
  void aRecipientSeesOnlyTheGrantedPartsUntilTheOwnerRevokes() {
    Object[] sme = smeWithData();
    String owner = (String) sme[0];
    long company = (long) sme[1];
    String expert = api.newAccount("EXPERT");
    String expertEmail = emailOf(expert);

    Api.Reply granted = api.json("POST", "api/v1/companies/" + company + "/consents", owner,
        grant(expertEmail, "ASSET_COUNTS"));
    assertThat(granted.status()).isEqualTo(201);
    long grantId = granted.json().getJsonNumber("id").longValue();
    assertThat(granted.header("Location")).endsWith("/consents/" + grantId);

    Api.Reply seen = api.get("api/v1/shared-companies/" + company, expert);
    assertThat(seen.status()).isEqualTo(200);
    JsonObject view = seen.json();
    assertThat(view.getJsonObject("assets").getJsonObject("counts").getInt("PC")).isEqualTo(12);
    assertThat(view.containsKey("profile")).isFalse();
    assertThat(view.containsKey("selfCheck")).isFalse();
    assertThat(view.containsKey("plan")).isFalse();
    assertThat(view.containsKey("informationAssets")).isFalse();
    assertThat(seen.body()).doesNotContain("テスト株式会社");

    JsonArray sharers = api.get("api/v1/shared-companies", expert).array();
    assertThat(sharers).anySatisfy(s -> assertThat(s.asJsonObject().getJsonNumber("companyId").longValue())
        .isEqualTo(company));

    // The recipient's grant is for the shared view only: the owner's workspace stays closed.
    assertThat(api.get("api/v1/companies/" + company, expert).status()).isEqualTo(404);

    Api.Reply preview = api.get("api/v1/companies/" + company + "/consents/" + grantId + "/preview", owner);
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().getJsonArray("parts").getString(0)).isEqualTo("ASSET_COUNTS");
    assertThat(preview.json().containsKey("profile")).isFalse();

    JsonArray log = api.get("api/v1/companies/" + company + "/access-log", owner).array();
    assertThat(log).hasSize(1);
    assertThat(log.getJsonObject(0).getString("readerEmail")).isEqualTo(expertEmail);
    assertThat(log.getJsonObject(0).getJsonArray("parts").getString(0)).isEqualTo("ASSET_COUNTS");
    assertThat(log.getJsonObject(0).getString("via")).isEqualTo("GRANT");

    assertThat(api.send("DELETE", "api/v1/companies/" + company + "/consents/" + grantId, owner,
        null, null, null).status()).isEqualTo(204);
    assertThat(api.get("api/v1/shared-companies/" + company, expert).status()).isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + company + "/access-log", owner).array()).hasSize(1);
    JsonObject revoked = api.get("api/v1/companies/" + company + "/consents", owner).array().getJsonObject(0);
    assertThat(revoked.getBoolean("live")).isFalse();
    assertThat(revoked.containsKey("revokedAt")).isTrue();
  }

  @Scenario
  void aGrantOfEveryPartShowsProfileSelfCheckAndPlan() {
    Object[] sme = smeWithData();
    long company = (long) sme[1];
    String provider = api.newAccount("PROVIDER");
    assertThat(api.json("POST", "api/v1/companies/" + company + "/consents", (String) sme[0],
        grant(emailOf(provider), "PROFILE", "ASSET_COUNTS", "INFORMATION_ASSETS", "SELF_CHECK", "PLAN"))
        .status()).isEqualTo(201);
    JsonObject view = api.get("api/v1/shared-companies/" + company, provider).json();
    assertThat(view.getJsonObject("profile").getString("name")).isEqualTo("テスト株式会社");
    assertThat(view.getJsonObject("selfCheck").getInt("score")).isEqualTo(50);
    assertThat(view.getJsonObject("plan").getJsonArray("items")).isNotEmpty();
    assertThat(view.getJsonObject("plan").containsKey("budget")).as("the budget is not shared").isFalse();
    assertThat(view.getJsonArray("informationAssets")).isEmpty();
  }

  @Scenario
  void badGrantsAreLocalisedFieldErrorsAndNothingIsSaved() {
    Object[] sme = smeWithData();
    String owner = (String) sme[0];
    long company = (long) sme[1];
    String otherSme = api.newAccount("SME");
    JsonObject bad = Json.createObjectBuilder().add("recipientEmail", emailOf(otherSme))
        .add("parts", Json.createArrayBuilder().add("PASSWORDS"))
        .add("expiresAt", "2020-01-01T00:00:00Z").build();
    Api.Reply r = api.json("POST", "api/v1/companies/" + company + "/consents", owner, "en", bad);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body()).contains("recipientEmail").contains("parts[0]").contains("expiresAt")
        .contains("no expert or service provider account").contains("must be in the future");
    Api.Reply ja = api.json("POST", "api/v1/companies/" + company + "/consents", owner,
        Json.createObjectBuilder().add("recipientEmail", "nobody@it.example")
            .add("parts", Json.createArrayBuilder()).build());
    assertThat(ja.status()).isEqualTo(400);
    assertThat(ja.body()).contains("共有する情報を1つ以上選んでください");
    Api.Reply farFuture = api.json("POST", "api/v1/companies/" + company + "/consents", owner,
        Json.createObjectBuilder().add("recipientEmail", emailOf(api.newAccount("EXPERT")))
            .add("parts", Json.createArrayBuilder().add("PROFILE"))
            .add("expiresAt", "+300000-01-01T00:00:00Z").build());
    assertThat(farFuture.status()).as(farFuture.body()).isEqualTo(400);
    assertThat(farFuture.body()).contains("expiresAt");
    assertThat(api.get("api/v1/companies/" + company + "/consents", owner).array()).isEmpty();

    // Someone else's company: not found, whoever asks.
    String expert = api.newAccount("EXPERT");
    assertThat(api.json("POST", "api/v1/companies/" + company + "/consents", otherSme,
        grant(emailOf(expert), "PROFILE")).status()).isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + company + "/access-log", otherSme).status()).isEqualTo(404);
    assertThat(api.get("api/v1/shared-companies/" + company, expert).status()).isEqualTo(404);
    assertThat(api.get("api/v1/companies/" + company + "/consents/999999/preview", owner).status())
        .isEqualTo(404);
  }

  @Scenario
  void anOperatorMayReadACompanyAndTheReadIsLogged() {
    Object[] sme = smeWithData();
    long company = (long) sme[1];
    String admin = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    assertThat(api.get("api/v1/companies/" + company, admin).status()).isEqualTo(200);
    assertThat(api.json("PUT", "api/v1/companies/" + company, admin, Api.company("RETAIL", 1, 1)).status())
        .isEqualTo(404);
    JsonArray log = api.get("api/v1/companies/" + company + "/access-log", (String) sme[0]).array();
    assertThat(log).hasSize(1);
    assertThat(log.getJsonObject(0).getString("via")).isEqualTo("OPERATOR");
    assertThat(log.getJsonObject(0).getString("readerEmail")).isEqualTo(ContainerDatabaseListener.ADMIN_EMAIL);
  }
}
