package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Booking experts on real PostgreSQL: one booking of a slot under 100 concurrent requests, the
 * expert's monthly hours and the SME's cap under concurrency, the deadline and decline pass-on.
 */
final class BookingScenarios {
  private final Api api;
  private final ExpertWorld w;

  BookingScenarios(Api api) {
    this.api = api;
    this.w = new ExpertWorld(api);
  }

  @Scenario
  void aHundredConcurrentRequestsForOneSlotMakeExactlyOneBooking() throws Exception {
    Object[] expert = w.expert(ExpertWorld.profile("並行 予約", true, false, 5000, 100));
    Api.Reply s = w.slot((String) expert[0], ExpertWorld.inDays(3, 10), 1);
    assertThat(s.status()).as(s.body()).isEqualTo(201);
    long slotId = ExpertWorld.id(s);
    List<Object[]> smes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      smes.add(w.sme("13"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> replies = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Object[] sme = smes.get(i % smes.size());
      replies.add(CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return w.ask(sme, ExpertWorld.request(sme, expert).add("slotId", slotId)).status();
      }, pool));
    }
    go.countDown();
    List<Integer> statuses = replies.stream().map(CompletableFuture::join).toList();
    pool.shutdown();
    assertThat(statuses.stream().filter(x -> x == 201).count()).as(statuses.toString()).isEqualTo(1);
    assertThat(statuses.stream().filter(x -> x == 409).count()).isEqualTo(99);
    assertThat(ExpertWorld.number("select count(*) from engagement where slot_id = ? and status = 'REQUESTED'", slotId)).isEqualTo(1);
    assertThat(ExpertWorld.number("select coalesce(sum(hours), 0) from expert_month_hours where expert_id = ?", (long) expert[1])).as("only the booking's hour is held").isEqualTo(1);
    List<Object> taken = api.get("api/v1/experts/me/slots", (String) expert[0]).array().stream()
        .map(v -> (Object) v.asJsonObject().getBoolean("taken")).toList();
    assertThat(taken).containsExactly(true);
  }

  @Scenario
  void anExpertsMonthlyHoursAndAnSmesMonthlyCapAreNeverExceededUnderConcurrency() {
    Object[] scarce = w.expert(ExpertWorld.profile("月3時間", true, false, 5000, 3));
    List<Object[]> smes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      smes.add(w.sme("13"));
    }
    List<Integer> statuses = smes.parallelStream()
        .map(sme -> w.ask(sme, ExpertWorld.request(sme, scarce).add("hours", 1)).status()).toList();
    assertThat(statuses.stream().filter(x -> x == 201).count()).as(statuses.toString()).isEqualTo(3);
    assertThat(statuses.stream().filter(x -> x == 409).count()).isEqualTo(5);

    Object[] sme = w.sme("13");
    List<Object[]> experts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      experts.add(w.expert(ExpertWorld.profile("上限 " + i, true, false, 5000, 40)));
    }
    List<Api.Reply> asks = experts.parallelStream().map(e -> w.ask(sme, ExpertWorld.request(sme, e).add("hours", 2))).toList();
    assertThat(asks.stream().filter(r -> r.status() == 201).count()).as("8 h cap / 2 h").isEqualTo(4);
    Api.Reply over = asks.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(over.header("Content-Type")).startsWith("application/problem+json");
    assertThat(ExpertWorld.number("select hours from company_expert_hours where company_id = ?", (long) sme[1])).isEqualTo(8);
  }

  @Scenario
  void aRequestPassesToTheNextMatchOnTimeoutAndDeclineAndTheSmeIsToldWhenNobodyIsLeft() {
    // Free, with slots in the next two weeks: these two rank above every other expert of the run.
    Object[] first = w.expert(ExpertWorld.profile("期限 一番", true, true, 0, 20, "32"));
    Object[] second = w.expert(ExpertWorld.profile("期限 二番", true, true, 0, 20, "32"));
    for (int day = 2; day < 7; day++) {
      assertThat(w.slot((String) first[0], ExpertWorld.inDays(day, 10), 1).status()).isEqualTo(201);
      assertThat(w.slot((String) second[0], ExpertWorld.inDays(day, 10), 1).status()).isEqualTo(201);
    }
    Object[] sme = w.sme("32");
    String smeToken = (String) sme[0];
    Api.Reply made = w.ask(sme, ExpertWorld.request(sme, first).add("hours", 2));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long firstId = ExpertWorld.id(made);
    assertThat(made.json().getString("status")).isEqualTo("REQUESTED");

    ExpertWorld.sql("update engagement set respond_by = now() - interval '1 minute' where id = ?", firstId, rs -> null);
    JsonObject expired = Eventually.until("the request to expire and pass on",
        () -> api.get("api/v1/engagements/" + firstId, smeToken).json(),
        j -> "EXPIRED".equals(j.getString("status")) && !j.isNull("passedToId"));
    long passedId = expired.getJsonNumber("passedToId").longValue();
    assertThat(api.json("POST", "api/v1/engagements/" + firstId + "/accept", (String) first[0],
        JsonValue.EMPTY_JSON_OBJECT).status()).as("too late").isEqualTo(409);
    JsonObject passed = api.get("api/v1/engagements/" + passedId, (String) second[0]).json();
    assertThat(passed.getJsonNumber("expertId").longValue()).isEqualTo((long) second[1]);
    assertThat(passed.getInt("hours")).isEqualTo(2);
    assertThat(api.get("api/v1/engagements/" + passedId, (String) first[0]).status()).isEqualTo(404);

    Api.Reply declined = api.json("POST", "api/v1/engagements/" + passedId + "/decline", (String) second[0],
        Json.createObjectBuilder().add("reason", "予定が合わない").build());
    assertThat(declined.status()).as(declined.body()).isEqualTo(200);
    JsonObject last = api.get("api/v1/engagements/" + passedId, smeToken).json();
    assertThat(last.getString("status")).isEqualTo("DECLINED");
    if (last.isNull("passedToId")) {
      assertThat(last.getBoolean("noneLeft")).isTrue();
    }
    assertThat(ExpertWorld.number("select hours from company_expert_hours where company_id = ?", (long) sme[1])).as("held once at most").isLessThanOrEqualTo(2);
    Eventually.until("the SME is told", () -> api.get("api/v1/notifications", smeToken).body(),
        b -> b.contains("次に合う専門家") || b.contains("next best expert"));
  }
}
