package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The operator's program-wide allocation of scarce hours through the REST API, against first come, first served. */
final class AllocationScenarios {
  private final Api api;
  private final ExpertWorld w;

  AllocationScenarios(Api api) {
    this.api = api;
    this.w = new ExpertWorld(api);
  }

  @Scenario
  void theOperatorAllocatesScarceHoursToOpenRequestsComparesWithFirstComeAndAppliesOnce() {
    Object[] expert = w.expert(ExpertWorld.profile("割当 専門", true, true, 3000, 6, "44"));
    List<Object[]> smes = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    for (String prefecture : List.of("44", "44", "13", "01")) {
      Object[] sme = w.sme(prefecture);
      smes.add(sme);
      JsonObject needs = api.get("api/v1/companies/" + sme[1] + "/expert-matches", (String) sme[0]).json();
      String item = needs.getJsonArray("needs").getJsonObject(0).getString("code");
      Api.Reply r = api.json("POST", "api/v1/hours-requests", (String) sme[0], Json.createObjectBuilder()
          .add("companyId", (long) sme[1]).add("hours", 3).add("description", "計画の上位の対策を手伝ってほしい")
          .add("measureCodes", Json.createArrayBuilder().add(item))
          .add("parts", Json.createArrayBuilder().add("PLAN")).build());
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      requests.add(ExpertWorld.id(r));
    }
    Api.Reply bad = api.json("POST", "api/v1/hours-requests", (String) smes.get(0)[0], Json.createObjectBuilder()
        .add("companyId", (long) smes.get(0)[1]).add("hours", 9).add("description", "x")
        .add("measureCodes", Json.createArrayBuilder().add("NO-SUCH")).build());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(ExpertWorld.fields(bad)).contains("measureCodes", "hours");
    assertThat(api.json("POST", "api/v1/allocations", (String) smes.get(0)[0], JsonValue.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);

    String admin = w.admin();
    Api.Reply run = api.json("POST", "api/v1/allocations", admin, JsonValue.EMPTY_JSON_OBJECT);
    assertThat(run.status()).as(run.body()).isEqualTo(201);
    JsonObject numbers = run.json();
    assertThat(numbers.getString("status")).isEqualTo("PROPOSED");
    assertThat(numbers.getInt("requests")).isGreaterThanOrEqualTo(4);
    assertThat(numbers.getJsonObject("proposal").getJsonNumber("hoursServed").longValue())
        .isGreaterThanOrEqualTo(numbers.getJsonObject("fcfs").getJsonNumber("hoursServed").longValue());
    assertThat(numbers.getJsonObject("proposal").getJsonNumber("riskHoursServed").doubleValue())
        .isGreaterThanOrEqualTo(numbers.getJsonObject("fcfs").getJsonNumber("riskHoursServed").doubleValue() - 1e-6);
    long runId = ExpertWorld.id(run);
    Api.Reply applied = api.json("POST", "api/v1/allocations/" + runId + "/apply", admin, JsonValue.EMPTY_JSON_OBJECT);
    assertThat(applied.json().getString("status")).as(applied.body()).isEqualTo("APPLIED");
    assertThat(applied.json().getInt("applied")).isGreaterThan(0);
    assertThat(api.json("POST", "api/v1/allocations/" + runId + "/apply", admin, JsonValue.EMPTY_JSON_OBJECT).status())
        .as("applied once").isEqualTo(409);
    assertThat(ExpertWorld.number("select coalesce(sum(hours), 0) from expert_month_hours where expert_id = ?", (long) expert[1]))
        .as("never more than the expert offers").isLessThanOrEqualTo(6);
    long made = smes.stream().mapToLong(sme -> api.get("api/v1/engagements", (String) sme[0]).array().stream()
        .filter(v -> v.asJsonObject().getBoolean("byAllocation")).count()).sum();
    assertThat(made).as("allocated requests arrive as ordinary requests").isPositive();
  }
}
