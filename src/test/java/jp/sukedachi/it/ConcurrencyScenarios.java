package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Many updates of the same thing at the same moment: each is answered (one wins, the others get a
 * 409 problem they can retry, or the update is idempotent), none gets a 500, and what is stored
 * afterwards is one of the values sent.
 */
class ConcurrencyScenarios {
  private final Api api;

  ConcurrencyScenarios(Api api) {
    this.api = api;
  }

  @Scenario
  void fiftyUpdatesOfOnePlanMeasureAtOnceEvenTheFirstAllSucceed() {
    String token = api.newAccount("SME");
    long company = company(token);
    String path = "api/v1/companies/" + company + "/plan/progress/HR-TRAIN";
    List<String> statuses = List.of("DONE", "IN_PROGRESS", "PLANNED");
    List<Api.Reply> replies = atOnce(50, i -> api.json("PUT", path, token,
        Json.createObjectBuilder().add("status", statuses.get(i % 3)).build()));
    assertThat(replies).extracting(Api.Reply::status).as(bodies(replies)).containsOnly(200);
    JsonObject progress = api.get("api/v1/companies/" + company + "/plan/progress", token).json();
    assertThat(progress.getString("HR-TRAIN")).isIn(statuses);
  }

  @Scenario
  void concurrentUpdatesOfOneCompanyProfileEitherWinOrGetA409() {
    String token = api.newAccount("SME");
    long company = company(token);
    List<Api.Reply> replies = atOnce(30, i -> api.json("PUT", "api/v1/companies/" + company, token, "en",
        Api.company("RETAIL", 3_000_000, 10 + i)));
    assertThat(replies).extracting(Api.Reply::status).as(bodies(replies)).containsOnly(200, 409)
        .contains(200);
    for (Api.Reply r : replies.stream().filter(r -> r.status() == 409).toList()) {
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().getString("detail")).contains("at the same time");
    }
    int employees = api.get("api/v1/companies/" + company, token).json().getInt("employees");
    assertThat(employees).isBetween(10, 39);
  }

  @Scenario
  void concurrentFirstSavesOfAnExpertProfileLeaveOneProfile() {
    String token = api.newAccount("EXPERT");
    List<Api.Reply> replies = atOnce(20, i -> api.json("PUT", "api/v1/experts/me", token,
        ExpertWorld.profile("同時 保存" + i, true, false, 5000, 10 + i).build()));
    assertThat(replies).extracting(Api.Reply::status).as(bodies(replies)).containsOnly(200, 409)
        .contains(200);
    Api.Reply saved = api.get("api/v1/experts/me", token);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().getString("displayName")).startsWith("同時 保存");
  }

  private long company(String token) {
    Api.Reply created = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4));
    assertThat(created.status()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** Sends the requests from as many threads, released together. */
  private static List<Api.Reply> atOnce(int count, IntFunction<Api.Reply> request) {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return request.apply(n);
        }));
      }
      ready.await();
      go.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> f : futures) {
        replies.add(f.get());
      }
      return replies;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String bodies(List<Api.Reply> replies) {
    return replies.stream().filter(r -> r.status() != 200).map(r -> r.status() + " " + r.body())
        .limit(5).toList().toString();
  }
}
