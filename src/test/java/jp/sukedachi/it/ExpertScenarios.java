package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import jp.sukedachi.testsupport.TestDatabase;

/**
 * Shared experts through the REST API on real PostgreSQL: profiles and the operator's
 * verification, explained matches, booking that cannot double-book under concurrency, monthly
 * caps, the deadline re-match, consent, reports and ratings.
 */
final class ExpertScenarios {
  private final Api api;

  ExpertScenarios(Api api) {
    this.api = api;
  }

  private String admin() {
    return api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
  }

  /** A unique six-digit RISS number for this run. */
  static String rissNumber() {
    return String.format("%06d", ThreadLocalRandom.current().nextInt(1, 1_000_000));
  }

  static JsonObjectBuilder profile(String name, boolean remote, boolean onSite, int rate, int hours, String... prefectures) {
    JsonArrayBuilder prefs = Json.createArrayBuilder();
    for (String p : prefectures) {
      prefs.add(p);
    }
    return Json.createObjectBuilder().add("displayName", name).add("rissNumber", rissNumber())
        .add("rissRegisteredOn", LocalDate.now().minusYears(1).toString())
        .add("rissRenewalDue", LocalDate.now().plusYears(2).toString())
        .add("skills", Json.createArrayBuilder().add("ORG").add("HR").add("ACCESS").add("ASSET").add("DEVICE")
            .add("NETWORK").add("INCIDENT").add("CLOUD").add("OUTSOURCING"))
        .add("prefectures", prefs).add("remote", remote).add("onSite", onSite)
        .add("hourlyRateYen", rate).add("monthlyHours", hours);
  }

  /** A verified expert: {token, id}. */
  Object[] expert(JsonObjectBuilder profile) {
    String token = api.newAccount("EXPERT");
    Api.Reply saved = api.json("PUT", "api/v1/experts/me", token, profile.build());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long id = saved.json().getJsonNumber("id").longValue();
    Api.Reply ok = api.json("POST", "api/v1/experts/" + id + "/review", admin(),
        Json.createObjectBuilder().add("decision", "APPROVE").add("evidence", "IPA public record checked").build());
    assertThat(ok.json().getBoolean("verified")).as(ok.body()).isTrue();
    return new Object[] {token, id};
  }

  /** An SME with a company in a prefecture, 15 PCs, a remote-access server and a self-check: {token, companyId}. */
  Object[] sme(String prefecture) {
    String token = api.newAccount("SME");
    Api.Reply c = api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 15)).add("prefecture", prefecture).add("monthlyBudgetYen", 60000).build());
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    long company = c.json().getJsonNumber("id").longValue();
    Api.Reply a = api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "事務所PC").add("count", 15).add("internetFacing", false)
        .add("vendorSupported", true).build());
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (int i = 1; i <= 25; i++) {
      answers.add(Json.createObjectBuilder().add("item", i).add("answer", i <= 3 ? "IMPLEMENTED" : "NOT_IMPLEMENTED"));
    }
    Api.Reply s = api.json("POST", "api/v1/companies/" + company + "/self-checks", token,
        Json.createObjectBuilder().add("answers", answers).build());
    assertThat(s.status()).as(s.body()).isIn(200, 201);
    return new Object[] {token, company};
  }

  private Api.Reply slot(String expertToken, OffsetDateTime start, int hours) {
    return api.json("POST", "api/v1/experts/me/slots", expertToken, Json.createObjectBuilder()
        .add("start", start.toString()).add("end", start.plusHours(hours).toString()).build());
  }

  private static OffsetDateTime inDays(int days, int hour) {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.DAYS).plusDays(days).withHour(hour);
  }

  static JsonObjectBuilder request(Object[] sme, Object[] expert, String... items) {
    JsonArrayBuilder codes = Json.createArrayBuilder();
    for (String c : items) {
      codes.add(c);
    }
    return Json.createObjectBuilder().add("companyId", (long) sme[1]).add("expertId", (long) expert[1])
        .add("description", "多要素認証とバックアップの設定を手伝ってほしい").add("measureCodes", codes)
        .add("parts", Json.createArrayBuilder().add("ASSET_COUNTS").add("PLAN"));
  }

  private Api.Reply ask(Object[] sme, JsonObjectBuilder body) {
    return api.json("POST", "api/v1/engagements", (String) sme[0], body.build());
  }

  private static long id(Api.Reply r) {
    return r.json().getJsonNumber("id").longValue();
  }

  private static List<String> fields(Api.Reply problem) {
    return problem.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  private static <T> T sql(String query, Object arg, SqlRead<T> read) {
    try (Connection c = TestDatabase.appConnection(); PreparedStatement s = c.prepareStatement(query)) {
      s.setObject(1, arg);
      if (query.stripLeading().toLowerCase().startsWith("select")) {
        try (ResultSet rs = s.executeQuery()) {
          return read.from(rs);
        }
      }
      s.executeUpdate();
      return null;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private static int number(String query, Object arg) {
    Integer n = sql(query, arg, rs -> rs.next() ? rs.getInt(1) : -1);
    return n;
  }

  @FunctionalInterface
  interface SqlRead<T> {
    T from(ResultSet rs) throws SQLException;
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
    assertThat(fields(rejected)).contains("displayName", "rissNumber", "rissRegisteredOn", "rissRenewalDue", "skills",
        "remote", "hourlyRateYen", "monthlyHours");
    assertThat(rejected.body()).contains("6桁");
    assertThat(api.get("api/v1/experts/me", token).status()).as("nothing half-saved").isEqualTo(404);

    Api.Reply saved = api.json("PUT", "api/v1/experts/me", token,
        profile("熊本 太郎", false, true, 8000, 10, "43").add("rissNumber", "第" + rissNumber() + "号").build());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().getBoolean("verified")).isFalse();
    long id = id(saved);
    String sme = (String) sme("43")[0];
    assertThat(api.get("api/v1/experts/" + id, sme).status()).as("unverified experts do not exist for SMEs").isEqualTo(404);
    assertThat(api.get("api/v1/experts/pending", sme).status()).isEqualTo(403);
    String admin = admin();
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
    sql("update expert set riss_renewal_due = current_date - 1, riss_registered_on = current_date - 1100 where id = ?",
        id, rs -> null);
    Eventually.until("the lapse notice", () -> api.get("api/v1/notifications", token).body(),
        body -> body.contains("更新期限") || body.contains("renewal deadline"));
    assertThat(api.get("api/v1/experts/me", token).json().getBoolean("lapsed")).isTrue();
    assertThat(api.get("api/v1/experts/" + id, sme).status()).isEqualTo(404);
  }

  @Scenario
  void aRegionalSmeSeesVerifiedExpertsWhoCanHelpWithItsPlanEachWithWhyAndNobodyElseSeesThem() {
    Object[] local = expert(profile("熊本 訪問", false, true, 7000, 20, "43"));
    Object[] remote = expert(profile("東京 リモート", true, false, 9000, 20));
    String unverified = api.newAccount("EXPERT");
    long unverifiedId = id(api.json("PUT", "api/v1/experts/me", unverified,
        profile("未確認", true, true, 1000, 40, "43").build()));
    Object[] sme = sme("43");
    String path = "api/v1/companies/" + sme[1] + "/expert-matches";
    Api.Reply matches = Eventually.until("both experts matched", () -> api.send("GET", path, (String) sme[0], "ja", null, null),
        r -> r.status() == 200 && ids(r.json()).containsAll(List.of((long) local[1], (long) remote[1])));
    assertThat(ids(matches.json())).doesNotContain(unverifiedId);
    assertThat(matches.json().getJsonArray("needs")).isNotEmpty();
    JsonObject first = matches.json().getJsonArray("matches").getJsonObject(0);
    assertThat(first.getJsonArray("reasons")).isNotEmpty();
    first.getJsonArray("reasons").forEach(r -> assertThat(r.asJsonObject().getString("text")).isNotBlank());
    assertThat(first.getJsonArray("coveredMeasureCodes")).isNotEmpty();

    assertThat(api.get(path, (String) sme("43")[0]).status()).as("another SME").isEqualTo(404);
    assertThat(api.get(path, (String) local[0]).status()).as("an expert without consent").isEqualTo(404);
    assertThat(api.get(path + "?from=2026-13-01", (String) sme[0]).status()).isEqualTo(400);
  }

  private static List<Long> ids(JsonObject matches) {
    return matches.getJsonArray("matches").stream().map(v -> v.asJsonObject().getJsonNumber("expertId").longValue())
        .toList();
  }

  @Scenario
  void aHundredConcurrentRequestsForOneSlotMakeExactlyOneBooking() throws Exception {
    Object[] expert = expert(profile("並行 予約", true, false, 5000, 100));
    Api.Reply s = slot((String) expert[0], inDays(3, 10), 1);
    assertThat(s.status()).as(s.body()).isEqualTo(201);
    long slotId = id(s);
    List<Object[]> smes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      smes.add(sme("13"));
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
        return ask(sme, request(sme, expert).add("slotId", slotId)).status();
      }, pool));
    }
    go.countDown();
    List<Integer> statuses = replies.stream().map(CompletableFuture::join).toList();
    pool.shutdown();
    assertThat(statuses.stream().filter(x -> x == 201).count()).as(statuses.toString()).isEqualTo(1);
    assertThat(statuses.stream().filter(x -> x == 409).count()).isEqualTo(99);
    assertThat(number("select count(*) from engagement where slot_id = ? and status = 'REQUESTED'", slotId)).isEqualTo(1);
    assertThat(number("select coalesce(sum(hours), 0) from expert_month_hours where expert_id = ?", (long) expert[1])).as("only the booking's hour is held").isEqualTo(1);
    List<Object> taken = api.get("api/v1/experts/me/slots", (String) expert[0]).array().stream()
        .map(v -> (Object) v.asJsonObject().getBoolean("taken")).toList();
    assertThat(taken).containsExactly(true);
  }

  @Scenario
  void anExpertsMonthlyHoursAndAnSmesMonthlyCapAreNeverExceededUnderConcurrency() {
    Object[] scarce = expert(profile("月3時間", true, false, 5000, 3));
    List<Object[]> smes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      smes.add(sme("13"));
    }
    List<Integer> statuses = smes.parallelStream()
        .map(sme -> ask(sme, request(sme, scarce).add("hours", 1)).status()).toList();
    assertThat(statuses.stream().filter(x -> x == 201).count()).as(statuses.toString()).isEqualTo(3);
    assertThat(statuses.stream().filter(x -> x == 409).count()).isEqualTo(5);

    Object[] sme = sme("13");
    List<Object[]> experts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      experts.add(expert(profile("上限 " + i, true, false, 5000, 40)));
    }
    List<Api.Reply> asks = experts.parallelStream().map(e -> ask(sme, request(sme, e).add("hours", 2))).toList();
    assertThat(asks.stream().filter(r -> r.status() == 201).count()).as("8 h cap / 2 h").isEqualTo(4);
    Api.Reply over = asks.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(over.header("Content-Type")).startsWith("application/problem+json");
    assertThat(number("select hours from company_expert_hours where company_id = ?", (long) sme[1])).isEqualTo(8);
  }

  @Scenario
  void aRequestPassesToTheNextMatchOnTimeoutAndDeclineAndTheSmeIsToldWhenNobodyIsLeft() {
    // Free, with slots in the next two weeks: these two rank above every other expert of the run.
    Object[] first = expert(profile("期限 一番", true, true, 0, 20, "32"));
    Object[] second = expert(profile("期限 二番", true, true, 0, 20, "32"));
    for (int day = 2; day < 7; day++) {
      assertThat(slot((String) first[0], inDays(day, 10), 1).status()).isEqualTo(201);
      assertThat(slot((String) second[0], inDays(day, 10), 1).status()).isEqualTo(201);
    }
    Object[] sme = sme("32");
    String smeToken = (String) sme[0];
    Api.Reply made = ask(sme, request(sme, first).add("hours", 2));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long firstId = id(made);
    assertThat(made.json().getString("status")).isEqualTo("REQUESTED");

    sql("update engagement set respond_by = now() - interval '1 minute' where id = ?", firstId, rs -> null);
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
    assertThat(number("select hours from company_expert_hours where company_id = ?", (long) sme[1])).as("held once at most").isLessThanOrEqualTo(2);
    Eventually.until("the SME is told", () -> api.get("api/v1/notifications", smeToken).body(),
        b -> b.contains("次に合う専門家") || b.contains("next best expert"));
  }

  @Scenario
  void theExpertSeesOnlyWhatIsSharedWhileTheRequestLivesReportsAndIsRatedOnce() {
    Object[] expert = expert(profile("報告 評価", true, false, 5000, 20));
    Object[] sme = sme("13");
    String smeToken = (String) sme[0];
    String expertToken = (String) expert[0];
    JsonObject needs = Eventually.until("matches", () -> api.get("api/v1/companies/" + sme[1] + "/expert-matches",
        smeToken).json(), j -> !j.getJsonArray("matches").isEmpty());
    List<String> covered = needs.getJsonArray("matches").stream()
        .filter(m -> m.asJsonObject().getJsonNumber("expertId").longValue() == (long) expert[1]).findFirst()
        .map(m -> m.asJsonObject().getJsonArray("coveredMeasureCodes").getValuesAs(jakarta.json.JsonString.class)
            .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toList()))
        .orElseThrow();
    String item = covered.get(0);
    Api.Reply made = ask(sme, request(sme, expert, item).add("hours", 2));
    long id = id(made);
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/rate", smeToken,
        Json.createObjectBuilder().add("rating", 5).build()).status()).as("no work yet").isEqualTo(409);
    assertThat(api.json("POST", "api/v1/engagements/" + id + "/report", expertToken,
        Json.createObjectBuilder().add("text", "済").build()).status()).as("not accepted").isEqualTo(409);
    assertThat(api.get("api/v1/engagements/" + id, (String) expert(profile("他人", true, false, 1, 1))[0]).status())
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

    Object[] other = sme("13");
    long anotherId = id(ask(other, request(other, expert).add("hours", 1)));
    assertThat(api.get("api/v1/engagements/" + anotherId, expertToken).json().getJsonObject("shared")).isNotNull();
    assertThat(api.json("POST", "api/v1/engagements/" + anotherId + "/cancel", (String) other[0],
        JsonValue.EMPTY_JSON_OBJECT).json().getString("status")).isEqualTo("CANCELLED");
    JsonObject after = api.get("api/v1/engagements/" + anotherId, expertToken).json();
    assertThat(!after.containsKey("shared") || after.isNull("shared")).as("the grant ended with the request").isTrue();
  }

  @Scenario
  void theOperatorAllocatesScarceHoursToOpenRequestsComparesWithFirstComeAndAppliesOnce() {
    Object[] expert = expert(profile("割当 専門", true, true, 3000, 6, "44"));
    List<Object[]> smes = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    for (String prefecture : List.of("44", "44", "13", "01")) {
      Object[] sme = sme(prefecture);
      smes.add(sme);
      JsonObject needs = api.get("api/v1/companies/" + sme[1] + "/expert-matches", (String) sme[0]).json();
      String item = needs.getJsonArray("needs").getJsonObject(0).getString("code");
      Api.Reply r = api.json("POST", "api/v1/hours-requests", (String) sme[0], Json.createObjectBuilder()
          .add("companyId", (long) sme[1]).add("hours", 3).add("description", "計画の上位の対策を手伝ってほしい")
          .add("measureCodes", Json.createArrayBuilder().add(item))
          .add("parts", Json.createArrayBuilder().add("PLAN")).build());
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      requests.add(id(r));
    }
    Api.Reply bad = api.json("POST", "api/v1/hours-requests", (String) smes.get(0)[0], Json.createObjectBuilder()
        .add("companyId", (long) smes.get(0)[1]).add("hours", 9).add("description", "x")
        .add("measureCodes", Json.createArrayBuilder().add("NO-SUCH")).build());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).contains("measureCodes", "hours");
    assertThat(api.json("POST", "api/v1/allocations", (String) smes.get(0)[0], JsonValue.EMPTY_JSON_OBJECT).status())
        .isEqualTo(403);

    String admin = admin();
    Api.Reply run = api.json("POST", "api/v1/allocations", admin, JsonValue.EMPTY_JSON_OBJECT);
    assertThat(run.status()).as(run.body()).isEqualTo(201);
    JsonObject numbers = run.json();
    assertThat(numbers.getString("status")).isEqualTo("PROPOSED");
    assertThat(numbers.getInt("requests")).isGreaterThanOrEqualTo(4);
    assertThat(numbers.getJsonObject("proposal").getJsonNumber("hoursServed").longValue())
        .isGreaterThanOrEqualTo(numbers.getJsonObject("fcfs").getJsonNumber("hoursServed").longValue());
    assertThat(numbers.getJsonObject("proposal").getJsonNumber("riskHoursServed").doubleValue())
        .isGreaterThanOrEqualTo(numbers.getJsonObject("fcfs").getJsonNumber("riskHoursServed").doubleValue() - 1e-6);
    long runId = id(run);
    Api.Reply applied = api.json("POST", "api/v1/allocations/" + runId + "/apply", admin, JsonValue.EMPTY_JSON_OBJECT);
    assertThat(applied.json().getString("status")).as(applied.body()).isEqualTo("APPLIED");
    assertThat(applied.json().getInt("applied")).isGreaterThan(0);
    assertThat(api.json("POST", "api/v1/allocations/" + runId + "/apply", admin, JsonValue.EMPTY_JSON_OBJECT).status())
        .as("applied once").isEqualTo(409);
    assertThat(number("select coalesce(sum(hours), 0) from expert_month_hours where expert_id = ?", (long) expert[1]))
        .as("never more than the expert offers").isLessThanOrEqualTo(6);
    long made = smes.stream().mapToLong(sme -> api.get("api/v1/engagements", (String) sme[0]).array().stream()
        .filter(v -> v.asJsonObject().getBoolean("byAllocation")).count()).sum();
    assertThat(made).as("allocated requests arrive as ordinary requests").isPositive();
  }
}
