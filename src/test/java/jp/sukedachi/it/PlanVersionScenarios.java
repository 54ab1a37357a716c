package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Stored plan versions, and concurrent writes that must not fail. */
final class PlanVersionScenarios {
  private final Api api;

  PlanVersionScenarios(Api api) {
    this.api = api;
  }

  private long company(String token) {
    long id = api.json("POST", "api/v1/companies", token, Api.company("MANUFACTURING", 10_000_000, 12))
        .json().getJsonNumber("id").longValue();
    api.json("POST", "api/v1/companies/" + id + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "PC").add("count", 12).add("internetFacing", false)
        .add("vendorSupported", true).build());
    return id;
  }

  @Scenario
  void anUnchangedPlanKeepsItsVersionAndAChangedBudgetMakesTheNext() {
    String token = api.newAccount("SME");
    long id = company(token);
    String plan = "api/v1/companies/" + id + "/plan";
    JsonObject first = api.get(plan, token).json();
    JsonObject again = api.get(plan, token).json();
    assertThat(first.getInt("version")).isEqualTo(1);
    assertThat(again.getJsonNumber("planId").longValue()).isEqualTo(first.getJsonNumber("planId").longValue());
    assertThat(again.getInt("version")).isEqualTo(1);

    JsonObject bigger = api.get(plan + "?monthlyBudgetYen=90000", token).json();
    assertThat(bigger.getInt("version")).isEqualTo(2);

    Api.Reply csv = api.get(plan + "/report.csv?monthlyBudgetYen=90000", token);
    assertThat(csv.header("X-Plan-Version")).isEqualTo("2");
    assertThat(csv.header("Content-Disposition")).contains("sukedachi-plan-v2.csv");

    var versions = api.get(plan + "/versions", token).array();
    assertThat(versions).hasSize(2);
    JsonObject v1 = api.get(plan + "/versions/1", token).json();
    assertThat(v1.getJsonArray("items")).hasSameSizeAs(first.getJsonArray("items"));
    assertThat(v1.getJsonArray("items").getJsonObject(0).getString("code"))
        .isEqualTo(first.getJsonArray("items").getJsonObject(0).getString("code"));
    assertThat(v1.getJsonNumber("riskAfter").doubleValue()).isEqualTo(first.getJsonNumber("riskAfter").doubleValue());
    assertThat(api.get(plan + "/versions/9", token).status()).isEqualTo(404);
    assertThat(api.get(plan + "/versions", api.newAccount("SME")).status()).isEqualTo(404);
  }

  @Scenario
  void concurrentRequestsForANewPlanMakeOneVersionAndConcurrentProgressNeverFails() throws Exception {
    String token = api.newAccount("SME");
    long id = company(token);
    String plan = "api/v1/companies/" + id + "/plan";
    String code = api.get(plan, token).json().getJsonArray("items").getJsonObject(0).getString("code");
    List<Integer> statuses = race(16, () -> api.get(plan + "?monthlyBudgetYen=77000", token).status());
    assertThat(statuses).containsOnly(200);
    assertThat(api.get(plan + "/versions", token).array()).hasSize(2);

    List<Integer> updates = race(16, () -> api.json("PUT", plan + "/progress/" + code, token,
        Json.createObjectBuilder().add("status", "DONE").build()).status());
    assertThat(updates).containsOnly(200);
    assertThat(api.get(plan + "/progress", token).json().getString(code)).isEqualTo("DONE");
  }

  private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(call));
      }
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : futures) {
        out.add(f.get(60, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
