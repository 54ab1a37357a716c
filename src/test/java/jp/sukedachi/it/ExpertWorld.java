package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import jp.sukedachi.testsupport.TestDatabase;

/**
 * What the expert scenarios set up through the API (verified experts, SMEs with a plan, slots,
 * requests) and how they look at the database where the API does not show it.
 */
final class ExpertWorld {
  private final Api api;

  ExpertWorld(Api api) {
    this.api = api;
  }

  String admin() {
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

  Api.Reply slot(String expertToken, OffsetDateTime start, int hours) {
    return api.json("POST", "api/v1/experts/me/slots", expertToken, Json.createObjectBuilder()
        .add("start", start.toString()).add("end", start.plusHours(hours).toString()).build());
  }

  static OffsetDateTime inDays(int days, int hour) {
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

  Api.Reply ask(Object[] sme, JsonObjectBuilder body) {
    return api.json("POST", "api/v1/engagements", (String) sme[0], body.build());
  }

  static long id(Api.Reply r) {
    return r.json().getJsonNumber("id").longValue();
  }

  static List<String> fields(Api.Reply problem) {
    return problem.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
  }

  static <T> T sql(String query, Object arg, SqlRead<T> read) {
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

  static int number(String query, Object arg) {
    Integer n = sql(query, arg, rs -> rs.next() ? rs.getInt(1) : -1);
    return n;
  }

  @FunctionalInterface
  interface SqlRead<T> {
    T from(ResultSet rs) throws SQLException;
  }

  static List<Long> ids(JsonObject matches) {
    return matches.getJsonArray("matches").stream().map(v -> v.asJsonObject().getJsonNumber("expertId").longValue())
        .toList();
  }
}
