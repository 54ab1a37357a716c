package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared experts through the REST API on real PostgreSQL: profiles and the operator's
 * verification, the lapse of a registration, explained matches, and what the expert sees, reports
 * and how it is rated.
 */
final class ExpertScenarios {
  private final Api api;
  private final ExpertWorld w;

  ExpertScenarios(Api api) {
    this.api = api;
    this.w = new ExpertWorld(api);
  }

  @Scenario
  void aProfileIsCheckedWholeWaitsForTheOperatorAndALapsedRegistrationStopsMatching() {
    String token = api.newAccount("EXPERT");
    JsonObject bad = Json.createObjectBuilder().add("displayName", "").add("rissNumber", "12-34")
        .add("rissRegisteredOn", LocalDate.now().plusDays(3).toString()).add("rissRenewalDue", "2030/01/01")
        .add("skills", Json.createArrayBuilder().add("NO-SUCH")).add("remote", false).add("onSite", false)
        .add("hourlyRateYen", -1).add("monthlyHours", 0).build();
    Api.Reply rejected = api.json("PUT", "api/v1/experts/me", token, "ja", bad);
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
    assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");
    assertThat(ExpertWorld.fields(rejected)).contains("displayName", "rissNumber", "rissRegisteredOn", "rissRenewalDue", "skills",
        "remote", "hourlyRateYen", "monthlyHours");
    assertThat(rejected.body()).contains("6桁");
    assertThat(api.get("api/v1/experts/me", token).status()).as("nothing half-saved").isEqualTo(404);

    Api.Reply saved = api.json("PUT", "api/v1/experts/me", token,
        ExpertWorld.profile("熊本 太郎", false, true, 8000, 10, "43").add("rissNumber", "第" + ExpertWorld.rissNumber() + "号").build());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().getBoolean("verified")).isFalse();
    long id = ExpertWorld.id(saved);
    String sme = (String) w.sme("43")[0];
    assertThat(api.get("api/v1/experts/" + id, sme).status()).as("unverified experts do not exist for SMEs").isEqualTo(404);
    assertThat(api.get("api/v1/experts/pending", sme).status()).isEqualTo(403);
    String admin = w.admin();
    assertThat(api.get("api/v1/experts/pending", admin).array().stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(id);
    Api.Reply noReason = api.json("POST", "api/v1/experts/" + id + "/review", admin,
        Json.createObjectBuilder().add("decision", "REJECT").build());
    assertThat(noReason.status()).isEqualTo(400);
    Api.Reply approved = api.json("POST", "api/v1/experts/" + id + "/review", admin,
        Json.createObjectBuilder().add("decision", "APPROVE").build());
    assertThat(approved.json().getBoolean("verified")).isTrue();
    assertThat(api.json("POST", "api/v1/experts/" + id + "/review", admin,
        Json.createObjectBuilder().add("decision", "APPROVE").build()).status()).as("decided once").isEqualTo(409);
    assertThat(api.get("api/v1/experts/" + id, sme).status()).isEqualTo(200);

    // The registration lapses: the expert is told and no longer matched or bookable.
    ExpertWorld.sql("update expert set riss_renewal_due = current_date - 1, riss_registered_on = current_date - 1100 where id = ?",
        id, rs -> null);
    Eventually.until("the lapse notice", () -> api.get("api/v1/notifications", token).body(),
        body -> body.contains("更新期限") || body.contains("renewal deadline"));
    assertThat(api.get("api/v1/experts/me", token).json().getBoolean("lapsed")).isTrue();
    assertThat(api.get("api/v1/experts/" + id, sme).status()).isEqualTo(404);
  }

  @Scenario
  void aRegionalSmeSeesVerifiedExpertsWhoCanHelpWithItsPlanEachWithWhyAndNobodyElseSeesThem() {
    Object[] local = w.expert(ExpertWorld.profile("熊本 訪問", false, true, 7000, 20, "43"));
    Object[] remote = w.expert(ExpertWorld.profile("東京 リモート", true, false, 9000, 20));
    String unverified = api.newAccount("EXPERT");
    long unverifiedId = ExpertWorld.id(api.json("PUT", "api/v1/experts/me", unverified,
        ExpertWorld.profile("未確認", true, true, 1000, 40, "43").build()));
    Object[] sme = w.sme("43");
    String path = "api/v1/companies/" + sme[1] + "/expert-matches";
    Api.Reply matches = Eventually.until("both experts matched", () -> api.send("GET", path, (String) sme[0], "ja", null, null),
        r -> r.status() == 200 && ExpertWorld.ids(r.json()).containsAll(List.of((long) local[1], (long) remote[1])));
    assertThat(ExpertWorld.ids(matches.json())).doesNotContain(unverifiedId);
    assertThat(matches.json().getJsonArray("needs")).isNotEmpty();
    JsonObject first = matches.json().getJsonArray("matches").getJsonObject(0);
    assertThat(first.getJsonArray("reasons")).isNotEmpty();
    first.getJsonArray("reasons").forEach(r -> assertThat(r.asJsonObject().getString("text")).isNotBlank());
    assertThat(first.getJsonArray("coveredMeasureCodes")).isNotEmpty();

    assertThat(api.get(path, (String) w.sme("43")[0]).status()).as("another SME").isEqualTo(404);
    assertThat(api.get(path, (String) local[0]).status()).as("an expert without consent").isEqualTo(404);
    assertThat(api.get(path + "?from=2026-13-01", (String) sme[0]).status()).isEqualTo(400);
  }

  @Scenario
  void theExpertSeesOnlyWhatIsSharedWhileTheRequestLivesReportsAndIsRatedOnce() {
    Object[] expert = w.expert(ExpertWorld.profile("報告 評価", true, false, 5000, 20));
    Object[] sme = w.sme("13");
    String smeToken = (String) sme[0];
    String expertToken = (String) expert[0];
    // The expert works remotely in every area with expert-deliverable measures, so it covers
    // every open item; whether it ranks in the top 20 depends on the other scenarios' experts.
    JsonObject needs = api.get("api/v1/companies/" + sme[1] + "/expert-matches", smeToken).json();
    String item = needs.getJsonArray("needs").getJsonObject(0).getString("code");
    Api.Reply made = w.ask(sme, ExpertWorld.request(sme, expert, item).add("hours", 2));
    long id = ExpertWorld.id(made);
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/rate", smeToken,
        Json.createObjectBuilder().add("rating", 5).build()).status()).as("no work yet").isEqualTo(409);
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/report", expertToken,
        Json.createObjectBuilder().add("text", "済").build()).status()).as("not accepted").isEqualTo(409);
    assertThat(api.get("api/v1/engagements/" + id, (String) w.expert(ExpertWorld.profile("他人", true, false, 1, 1))[0]).status())
        .as("another expert").isEqualTo(404);

    JsonObject seen = api.get("api/v1/engagements/" + id, expertToken).json();
    assertThat(seen.getJsonObject("shared")).as(seen.toString()).isNotNull();
    assertThat(seen.getJsonObject("shared").toString()).doesNotContain("事務所PC");
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/accept", expertToken, JsonValue.EMPTY_JSON_OBJECT)
        .json().getString("status")).isEqualTo("ACCEPTED");
    Api.Reply wrongItem = api.json("POST", "api/v1/engagements/" + id + "/report", expertToken,
        Json.createObjectBuilder().add("text", "設定しました").add("addressed", Json.createArrayBuilder().add("NO-SUCH")).build());
    assertThat(wrongItem.status()).isEqualTo(400);
    Api.Reply reported = api.json("POST", "api/v1/engagements/" + id + "/report", expertToken,
        Json.createObjectBuilder().add("text", "設定しました").add("addressed", Json.createArrayBuilder().add(item)).build());
    assertThat(reported.json().getString("status")).as(reported.body()).isEqualTo("REPORTED");
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/rate", smeToken,
        Json.createObjectBuilder().add("rating", 6).build()).status()).isEqualTo(400);
    Api.Reply rated = api.json("POST", "api/v1/engagements/" + id + "/rate", smeToken, Json.createObjectBuilder()
        .add("rating", 4).add("comment", "丁寧でした").add("markDone", Json.createArrayBuilder().add(item)).build());
    assertThat(rated.json().getString("status")).as(rated.body()).isEqualTo("RATED");
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/rate", smeToken,
        Json.createObjectBuilder().add("rating", 1).build()).status()).as("rated once").isEqualTo(409);
    assertThat(api.get("api/v1/companies/" + sme[1] + "/plan/progress", smeToken).body()).contains(item);
    JsonObject profile = api.get("api/v1/experts/" + expert[1], smeToken).json();
    assertThat(profile.getJsonNumber("rating").doubleValue()).isEqualTo(4.0);
    assertThat(profile.getInt("outcomeCount")).isEqualTo(1);
    assertThat(profile.getJsonNumber("averageRiskDrop").doubleValue()).as("marking an item done lowers the risk")
        .isGreaterThan(0);

    Object[] other = w.sme("13");
    long anotherId = ExpertWorld.id(w.ask(other, ExpertWorld.request(other, expert).add("hours", 1)));
    assertThat(api.get("api/v1/engagements/" + anotherId, expertToken).json().getJsonObject("shared")).isNotNull();
    assertThat(api.json("POST", "api/v1/engagements/" + anotherId + "/cancel", (String) other[0],
        JsonValue.EMPTY_JSON_OBJECT).json().getString("status")).isEqualTo("CANCELLED");
    JsonObject after = api.get("api/v1/engagements/" + anotherId, expertToken).json();
    assertThat(!after.containsKey("shared") || after.isNull("shared")).as("the grant ended with the request").isTrue();
  }
}
