package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import jp.sukedachi.testsupport.TestMail;

/**
 * Inquiries with consent, through the REST API and in the browser: an SME asks a provider about a
 * published service sharing only its asset counts; the provider sees exactly that, answers, and
 * keeps the thread but loses the data when the SME revokes the grant; nobody else sees anything;
 * bad input saves nothing; concurrent status changes end in one winner and 409s.
 */
final class InquiryScenarios {
  private static final String PASSWORD = "long-enough-pw";
  private final App app;
  private final Api api;
  private final Browser b;

  InquiryScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  /** A provider with a published service: {providerEmail, providerToken, serviceId}. */
  private Object[] publishedService(String name) {
    String email = api.signUp("PROVIDER", "IT 提供者");
    String token = api.token(email, PASSWORD);
    Api.Reply p = api.json("POST", "api/v1/providers", token, Json.createObjectBuilder().add("name", "問合せ見守り株式会社")
        .add("corporateNumber", DirectoryScenarios.corporateNumber()).add("address", "熊本県熊本市中央区1-1")
        .add("contactEmail", "desk@it.example").build());
    assertThat(p.status()).as(p.body()).isEqualTo(201);
    long id = draft(token, name);
    assertThat(api.send("POST", "api/v1/services/" + id + "/submit", token, null, null, null).status()).isEqualTo(200);
    Api.Reply approved = api.json("POST", "api/v1/services/" + id + "/review",
        api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD),
        Json.createObjectBuilder().add("decision", "APPROVE").build());
    assertThat(approved.json().getString("status")).as(approved.body()).isEqualTo("PUBLISHED");
    return new Object[] {email, token, id};
  }

  private long draft(String providerToken, String name) {
    Api.Reply r = api.json("POST", "api/v1/services", providerToken, DirectoryScenarios.compliant(name).build());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getJsonNumber("id").longValue();
  }

  /** An SME with a company of 12 PCs: {token, companyId}. */
  private Object[] sme() {
    String token = api.token(api.signUp("SME", "IT 中小企業"), PASSWORD);
    Api.Reply c = api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 12)).add("name", "問合せ精機株式会社").add("prefecture", "43").build());
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    long company = c.json().getJsonNumber("id").longValue();
    Api.Reply a = api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "事務所PC").add("count", 12).add("internetFacing", false)
        .add("vendorSupported", true).build());
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return new Object[] {token, company};
  }

  private static JsonObject inquiry(Object serviceId, Object companyId, String message, String... parts) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String p : parts) {
      list.add(p);
    }
    return Json.createObjectBuilder().add("serviceId", ((Number) serviceId).longValue())
        .add("companyId", ((Number) companyId).longValue()).add("message", message).add("parts", list).build();
  }

  private long ask(Object[] sme, Object[] service, String message, String... parts) {
    Api.Reply r = api.json("POST", "api/v1/inquiries", (String) sme[0], inquiry(service[2], sme[1], message, parts));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().getString("status")).isEqualTo("NEW");
    long id = r.json().getJsonNumber("id").longValue();
    assertThat(r.header("Location")).endsWith("/api/v1/inquiries/" + id);
    return id;
  }

  private JsonObject thread(String token, long id) {
    Api.Reply r = api.get("api/v1/inquiries/" + id, token);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private Api.Reply write(String token, long id, String text) {
    return api.json("POST", "api/v1/inquiries/" + id + "/messages", token,
        Json.createObjectBuilder().add("text", text).build());
  }

  private Api.Reply status(String token, long id, String status) {
    return api.json("POST", "api/v1/inquiries/" + id + "/status", token,
        Json.createObjectBuilder().add("status", status).build());
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static List<Long> ids(Api.Reply list) {
    return list.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  @Scenario
  void theProviderSeesOnlyTheSharedCountsAnswersAndKeepsTheThreadButNotTheDataAfterRevocation() {
    String serviceName = "問合せ見守りネット " + UUID.randomUUID().toString().substring(0, 8);
    Object[] service = publishedService(serviceName);
    String provider = (String) service[1];
    Object[] sme = sme();
    String smeToken = (String) sme[0];
    String question = "12台のPCで月額はいくらですか？ <b>至急</b>";
    long id = ask(sme, service, question, "ASSET_COUNTS");

    List<String> subjects = Eventually.until("the new-inquiry mail to the provider", () -> TestMail.to((String) service[0])
        .stream().map(InquiryScenarios::subject).toList(), l -> l.stream().anyMatch(t -> t.contains("新しい問い合わせ")));
    assertThat(subjects).anyMatch(t -> t.contains("新しい問い合わせ") && t.contains(serviceName));

    assertThat(ids(api.get("api/v1/inquiries", provider))).contains(id);
    JsonObject seen = thread(provider, id);
    assertThat(seen.getString("status")).isEqualTo("NEW");
    assertThat(seen.getString("side")).isEqualTo("PROVIDER");
    assertThat(seen.getJsonArray("messages").getJsonObject(0).getString("text")).isEqualTo(question);
    JsonObject shared = seen.getJsonObject("shared");
    assertThat(shared.getJsonArray("parts").getString(0)).isEqualTo("ASSET_COUNTS");
    assertThat(shared.getJsonArray("parts")).hasSize(1);
    assertThat(shared.getJsonObject("assets").getJsonObject("counts").getInt("PC")).isEqualTo(12);
    assertThat(absent(shared, "profile")).as("no profile: " + shared).isTrue();
    assertThat(absent(shared, "selfCheck") && absent(shared, "plan") && absent(shared, "informationAssets")).isTrue();
    assertThat(seen.toString()).doesNotContain("問合せ精機株式会社");

    Api.Reply answer = write(provider, id, "4台で月額8,800円です。\n詳しくはお電話で。");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    assertThat(thread(provider, id).getString("status")).isEqualTo("ANSWERED");

    JsonObject mine = thread(smeToken, id);
    assertThat(mine.getString("status")).isEqualTo("ANSWERED");
    assertThat(mine.getJsonArray("messages")).hasSize(2);
    JsonObject reply = mine.getJsonArray("messages").getJsonObject(1);
    assertThat(reply.getString("side")).isEqualTo("PROVIDER");
    assertThat(reply.getBoolean("mine")).isFalse();
    assertThat(reply.getString("text")).isEqualTo("4台で月額8,800円です。\n詳しくはお電話で。");
    JsonObject grant = mine.getJsonObject("grant");
    assertThat(grant.getBoolean("live")).isTrue();
    assertThat(absent(mine, "shared")).isTrue();
    JsonObject inbox = api.get("api/v1/notifications", smeToken).json();
    assertThat(inbox.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("link")))
        .contains("/sme/inquiries.xhtml?id=" + id);

    Api.Reply revoked = api.send("DELETE", "api/v1/companies/" + sme[1] + "/consents/"
        + grant.getJsonNumber("id").longValue(), smeToken, null, null, null);
    assertThat(revoked.status()).isEqualTo(204);

    JsonObject after = thread(provider, id);
    assertThat(after.getJsonArray("messages")).hasSize(2);
    assertThat(absent(after, "shared")).as(after.toString()).isTrue();
    assertThat(after.toString()).doesNotContain("\"counts\"");
    assertThat(api.get("api/v1/shared-companies/" + sme[1], provider).status()).isEqualTo(404);
    assertThat(thread(smeToken, id).getJsonObject("grant").getBoolean("live")).isFalse();
    assertThat(write(provider, id, "共有が止まりましたが、ご質問には引き続きお答えします。").status()).isEqualTo(201);
  }

  @Scenario
  void anotherProviderAndAnotherSmeAreToldTheInquiryDoesNotExist() {
    Object[] service = publishedService("問合せ他社確認");
    Object[] sme = sme();
    long id = ask(sme, service, "見積もりをお願いします。", "ASSET_COUNTS", "SELF_CHECK");

    String otherProvider = (String) publishedService("別の事業者のサービス")[1];
    String otherSme = (String) sme()[0];
    for (String stranger : List.of(otherProvider, otherSme)) {
      Api.Reply read = api.get("api/v1/inquiries/" + id, stranger);
      assertThat(read.status()).isEqualTo(404);
      assertThat(read.header("Content-Type")).startsWith("application/problem+json");
      assertThat(write(stranger, id, "のぞき見").status()).isEqualTo(404);
      assertThat(status(stranger, id, "DECLINED").status()).isEqualTo(404);
      assertThat(ids(api.get("api/v1/inquiries", stranger))).doesNotContain(id);
    }
    assertThat(api.get("api/v1/shared-companies/" + sme[1], otherProvider).status()).isEqualTo(404);
    assertThat(thread((String) sme[0], id).getJsonArray("messages")).hasSize(1);
  }

  @Scenario
  void badInputIsRefusedWithFieldErrorsAndSavesNothing() {
    Object[] service = publishedService("問合せ入力確認");
    Object[] sme = sme();
    String token = (String) sme[0];

    Api.Reply bad = api.json("POST", "api/v1/inquiries", token, "en",
        inquiry(service[2], sme[1], "  ", "ASSET_COUNTS", "EVERYTHING"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
        .containsExactly("message", "parts[1]");
    assertThat(bad.body()).contains("Write a message.").contains("EVERYTHING");

    Api.Reply tooLong = api.json("POST", "api/v1/inquiries", token, inquiry(service[2], sme[1], "長".repeat(2001),
        "ASSET_COUNTS"));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("2,000");
    Api.Reply noParts = api.json("POST", "api/v1/inquiries", token, inquiry(service[2], sme[1], "質問です。"));
    assertThat(noParts.status()).isEqualTo(400);

    long unpublished = draft((String) service[1], "下書きのサービス");
    assertThat(api.json("POST", "api/v1/inquiries", token, inquiry(unpublished, sme[1], "質問です。", "ASSET_COUNTS"))
        .status()).isEqualTo(404);
    assertThat(api.json("POST", "api/v1/inquiries", token, inquiry(Long.MAX_VALUE, sme[1], "質問です。", "ASSET_COUNTS"))
        .status()).isEqualTo(404);
    Object[] other = sme();
    assertThat(api.json("POST", "api/v1/inquiries", token, inquiry(service[2], other[1], "質問です。", "ASSET_COUNTS"))
        .status()).as("another SME's company").isEqualTo(404);
    assertThat(api.json("POST", "api/v1/inquiries", (String) service[1],
        inquiry(service[2], sme[1], "質問です。", "ASSET_COUNTS")).status()).as("a provider cannot ask").isEqualTo(403);

    assertThat(api.get("api/v1/inquiries", token).array()).isEmpty();
    assertThat(api.get("api/v1/companies/" + sme[1] + "/consents", token).array()).as("no grant was left behind")
        .isEmpty();
    assertThat(api.get("api/v1/inquiries", (String) service[1]).array()).isEmpty();

    long id = ask(sme, service, "正しい問い合わせ", "ASSET_COUNTS");
    assertThat(write(token, id, "").status()).isEqualTo(400);
    Api.Reply unknown = status(token, id, "BOGUS");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
    assertThat(thread(token, id).getJsonArray("messages")).hasSize(1);
  }

  @Scenario
  void statusesFollowTheRulesAndOfConcurrentChangesOneWinsTheOthersHear409() {
    Object[] service = publishedService("問合せ状態確認");
    String provider = (String) service[1];
    Object[] sme = sme();
    String token = (String) sme[0];
    long id = ask(sme, service, "契約を検討しています。", "ASSET_COUNTS");

    assertThat(status(token, id, "ANSWERED").status()).as("only the provider answers").isEqualTo(409);
    assertThat(status(provider, id, "CLOSED").status()).as("only the SME closes").isEqualTo(409);
    assertThat(thread(provider, id).getJsonArray("allowedStatuses").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("ANSWERED", "CONTRACTED", "DECLINED");

    List<CompletableFuture<Api.Reply>> racing = List.of(
        CompletableFuture.supplyAsync(() -> status(token, id, "CONTRACTED")),
        CompletableFuture.supplyAsync(() -> status(provider, id, "DECLINED")),
        CompletableFuture.supplyAsync(() -> status(provider, id, "CONTRACTED")),
        CompletableFuture.supplyAsync(() -> status(token, id, "DECLINED")));
    List<Integer> codes = racing.stream().map(CompletableFuture::join).map(Api.Reply::status).toList();
    assertThat(codes).as(codes.toString()).containsOnly(200, 409);
    assertThat(codes.stream().filter(c -> c == 200)).hasSize(1);
    String won = thread(token, id).getString("status");
    assertThat(won).isIn("CONTRACTED", "DECLINED");

    assertThat(status(token, id, "CLOSED").status()).isEqualTo(200);
    assertThat(thread(provider, id).getString("status")).isEqualTo("CLOSED");
    Api.Reply late = write(provider, id, "まだ話せますか？");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.header("Content-Type")).startsWith("application/problem+json");
    assertThat(status(token, id, "CONTRACTED").status()).isEqualTo(409);
  }

  @Scenario
  void inTheBrowserAnSmeAsksSharingOnlyItsCountsAndTheProviderAnswers() {
    String serviceName = "ブラウザ見守り " + UUID.randomUUID().toString().substring(0, 6);
    Object[] service = publishedService(serviceName);
    String smeEmail = api.signUp("SME", "田中 次郎");
    String token = api.token(smeEmail, PASSWORD);
    long company = api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 12)).add("name", "ブラウザ精機株式会社").build())
        .json().getJsonNumber("id").longValue();
    api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "設計PC").add("count", 7).add("internetFacing", false)
        .add("vendorSupported", true).build());

    b.logIn(app.resolve("login.xhtml").toString(), smeEmail, PASSWORD, "/home.xhtml");
    b.open(app.resolve("sme/inquiry.xhtml?service=" + service[2]).toString());
    b.waitForText("serviceName", serviceName);
    b.waitForText("preview", "7");
    assertThat(b.text("preview")).doesNotContain("ブラウザ精機株式会社");
    b.type("inquiry:message", "7台のPCで見積もりをお願いします。<i>x</i>");
    b.click("inquiry:send");
    b.waitForUrl("/sme/inquiries.xhtml");
    b.waitForText("threadMessages", "7台のPCで見積もりをお願いします。<i>x</i>");
    b.screenshot("inquiry-sme-sent");

    b.logIn(app.resolve("login.xhtml").toString(), (String) service[0], PASSWORD, "/home.xhtml");
    b.open(app.resolve("provider/inquiries.xhtml").toString());
    b.waitForText("inquiryList", serviceName);
    b.click("inquiryList:0:open");
    b.waitForText("sharedData", "7");
    assertThat(b.text("sharedData")).doesNotContain("ブラウザ精機株式会社");
    assertThat(b.text("threadMessages")).contains("<i>x</i>");
    b.type("threadForm:reply", "7台なら月額10,000円です。");
    b.click("threadForm:sendReply");
    b.waitForText("threadMessages", "7台なら月額10,000円です。");
    b.waitForText("status", "回答済み");
    b.screenshot("inquiry-provider-answered");

    b.logIn(app.resolve("login.xhtml").toString(), smeEmail, PASSWORD, "/home.xhtml");
    b.open(app.resolve("sme/inquiries.xhtml").toString());
    b.click("inquiryList:0:open");
    b.waitForText("threadMessages", "7台なら月額10,000円です。");
    assertThat(b.text("status")).contains("回答済み");
    assertThat(b.text("grantState")).contains("機器・サービスの数");
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
