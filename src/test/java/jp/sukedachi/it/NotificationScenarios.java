package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import jp.sukedachi.testsupport.TestMail;

/**
 * Notifications in the app and by mail, with the test mail server (GreenMail in this JVM, see
 * {@link TestMail}): a consent grant tells its recipient in the app and in one bilingual mail;
 * only the recipient can read or mark it; a mail the server refuses is sent on a later attempt
 * and the notification stays meanwhile; the header shows the unread count and the page leads on.
 */
final class NotificationScenarios {
  private static final String PASSWORD = "long-enough-pw";
  private final App app;
  private final Api api;
  private final Browser b;

  NotificationScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  /** An SME's token and its company, named {@code name}. */
  private Object[] companyNamed(String name) {
    String token = api.token(api.signUp("SME", "IT SME"), PASSWORD);
    JsonObject company = Json.createObjectBuilder(Api.company("MANUFACTURING", 10_000_000, 12)).add("name", name)
        .build();
    Api.Reply r = api.json("POST", "api/v1/companies", token, company);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return new Object[] {token, r.json().getJsonNumber("id").longValue()};
  }

  private void share(Object[] sme, String recipientEmail, String... parts) {
    var list = Json.createArrayBuilder();
    for (String p : parts) {
      list.add(p);
    }
    Api.Reply r = api.json("POST", "api/v1/companies/" + sme[1] + "/consents", (String) sme[0],
        Json.createObjectBuilder().add("recipientEmail", recipientEmail).add("parts", list).build());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  private JsonObject inbox(String token, String language) {
    Api.Reply r = api.send("GET", "api/v1/notifications", token, language, null, null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static String body(MimeMessage m) {
    try {
      return String.valueOf(m.getContent()).replace("\r\n", "\n");
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Scenario
  void aGrantTellsItsRecipientInTheAppAndByOneMailInJapaneseAndEnglish() throws MessagingException {
    String name = "通知テスト精機 " + UUID.randomUUID().toString().substring(0, 8);
    Object[] sme = companyNamed(name);
    String expertEmail = api.signUp("EXPERT", "IT EXPERT");
    String expert = api.token(expertEmail, PASSWORD);
    assertThat(inbox(expert, null).getInt("unread")).isZero();

    share(sme, expertEmail, "ASSET_COUNTS", "PROFILE");

    JsonObject en = inbox(expert, "en");
    assertThat(en.getInt("unread")).isEqualTo(1);
    JsonObject item = en.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("text"))
        .isEqualTo("\"" + name + "\" shared data with you: Company profile, Numbers of devices and services");
    assertThat(item.getString("link")).isEqualTo("/account/shared.xhtml");
    assertThat(item.getBoolean("read")).isFalse();
    assertThat(item.getString("messageKey")).isEqualTo("notification.consentGranted");
    assertThat(inbox(expert, "ja").getJsonArray("items").getJsonObject(0).getString("text"))
        .isEqualTo("「" + name + "」があなたと情報を共有しました：会社情報、機器・サービスの数");

    MimeMessage mail = Eventually.until("a mail to " + expertEmail, () -> TestMail.to(expertEmail), l -> !l.isEmpty()).get(0);
    assertThat(subject(mail)).isEqualTo("「" + name + "」から情報が共有されました / \"" + name + "\" shared data with you");
    assertThat(mail.getFrom()[0].toString()).isEqualTo(ContainerDatabaseListener.MAIL_FROM);
    String text = body(mail);
    String ja = "「" + name + "」があなたと情報を共有しました：会社情報、機器・サービスの数";
    String english = "\"" + name + "\" shared data with you: Company profile, Numbers of devices and services";
    assertThat(text).startsWith(ja).contains(english).contains("/account/shared.xhtml");
    assertThat(text.indexOf(ja)).isLessThan(text.indexOf(english));

    // A grant without the profile, to a provider: its mail names no company. Once it has arrived,
    // the relay has polled again after the first mail, which still came only once.
    String providerEmail = api.signUp("PROVIDER", "IT PROVIDER");
    share(sme, providerEmail, "SELF_CHECK");
    MimeMessage unnamed = Eventually.until("a mail to " + providerEmail, () -> TestMail.to(providerEmail), l -> !l.isEmpty())
        .get(0);
    assertThat(subject(unnamed)).isEqualTo("会社から情報が共有されました / A company shared data with you");
    assertThat(body(unnamed)).doesNotContain(name).contains("A company shared data with you (it did not share "
        + "its name): Self-check result");
    assertThat(inbox(api.token(providerEmail, PASSWORD), "ja").getJsonArray("items").getJsonObject(0)
        .getString("text")).doesNotContain(name).contains("自社診断の結果");
    assertThat(TestMail.to(expertEmail)).hasSize(1);
  }

  @Scenario
  void onlyTheRecipientSeesAndMarksItsNotifications() {
    Object[] sme = companyNamed("既読テスト工業");
    String expertEmail = api.signUp("EXPERT", "IT EXPERT");
    String expert = api.token(expertEmail, PASSWORD);
    share(sme, expertEmail, "PROFILE");
    share(sme, expertEmail, "PLAN");
    JsonObject inbox = inbox(expert, null);
    assertThat(inbox.getInt("unread")).isEqualTo(2);
    long newest = inbox.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(inbox.getJsonArray("items").getJsonObject(0).getString("text")).contains("対策プラン");

    String stranger = api.token(api.signUp("EXPERT", "IT EXPERT"), PASSWORD);
    assertThat(inbox(stranger, null).getJsonArray("items")).isEmpty();
    Api.Reply foreign = api.send("POST", "api/v1/notifications/" + newest + "/read", stranger, "en", null, null);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
    assertThat(foreign.body()).contains("Notification not found.");
    assertThat(api.send("POST", "api/v1/notifications/read-all", stranger, null, null, null).status()).isEqualTo(204);
    assertThat(inbox(expert, null).getInt("unread")).as("nothing of the recipient's changed").isEqualTo(2);

    assertThat(api.send("POST", "api/v1/notifications/" + newest + "/read", expert, null, null, null).status())
        .isEqualTo(204);
    JsonObject after = inbox(expert, null);
    assertThat(after.getInt("unread")).isEqualTo(1);
    assertThat(after.getJsonArray("items").getJsonObject(0).getBoolean("read")).isTrue();
    assertThat(after.getJsonArray("items").getJsonObject(0).getString("readAt")).isNotBlank();
    assertThat(after.getJsonArray("items").getJsonObject(1).getBoolean("read")).isFalse();
    assertThat(api.send("POST", "api/v1/notifications/" + newest + "/read", expert, null, null, null).status())
        .as("reading again is harmless").isEqualTo(204);

    assertThat(api.send("POST", "api/v1/notifications/read-all", expert, null, null, null).status()).isEqualTo(204);
    assertThat(inbox(expert, null).getInt("unread")).isZero();

    assertThat(api.get("api/v1/notifications?limit=1", expert).json().getJsonArray("items")).hasSize(1);
    Api.Reply bad = api.send("GET", "api/v1/notifications?limit=0", expert, "en", null, null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("limit").contains("from 1 to 200");
    assertThat(api.send("GET", "api/v1/notifications?limit=many", expert, null, null, null).status()).isEqualTo(400);
    assertThat(api.get("api/v1/notifications", null).status()).isEqualTo(401);
    assertThat(api.send("POST", "api/v1/notifications/" + newest + "/read", null, null, null, null).status())
        .isEqualTo(401);
  }

  @Scenario
  void aMailTheServerRefusesIsSentLaterAndTheNotificationStays() {
    Object[] sme = companyNamed("再送テスト商事");
    String expertEmail = api.signUp("EXPERT", "IT EXPERT");
    String expert = api.token(expertEmail, PASSWORD);
    TestMail.refuse(expertEmail);
    try {
      share(sme, expertEmail, "PROFILE");
      Eventually.until("the mail server to refuse a mail to " + expertEmail, () -> TestMail.refusals(expertEmail), n -> n >= 1);
      assertThat(TestMail.to(expertEmail)).isEmpty();
      JsonObject inbox = inbox(expert, null);
      assertThat(inbox.getInt("unread")).isEqualTo(1);
      assertThat(inbox.getJsonArray("items").getJsonObject(0).getString("text")).contains("再送テスト商事");
    } finally {
      TestMail.accept(expertEmail);
    }
    List<MimeMessage> mails = Eventually.until("the mail to be sent again", () -> TestMail.to(expertEmail), l -> !l.isEmpty());
    assertThat(mails).hasSize(1);
    assertThat(body(mails.get(0))).contains("再送テスト商事");
    assertThat(inbox(expert, null).getInt("unread")).isEqualTo(1);
  }

  @Scenario
  void theHeaderCountsUnreadNotificationsAndThePageLeadsToWhatHappened() {
    Object[] sme = companyNamed("バッジ表示工業");
    String expertEmail = api.signUp("EXPERT", "IT EXPERT");
    share(sme, expertEmail, "PROFILE", "ASSET_COUNTS");

    b.open(app.resolve("login.xhtml").toString());
    b.type("login:email", expertEmail);
    b.type("login:password", PASSWORD);
    b.click("login:submit");
    b.waitForUrl("/account/home.xhtml");
    assertThat(b.text("unread")).isEqualTo("1");

    b.click("navNotifications");
    b.waitForText("list:table", "バッジ表示工業");
    assertThat(b.text("list:table")).contains("未読").contains("会社情報、機器・サービスの数");
    b.screenshot("notifications-expert");

    b.click("list:table:0:open");
    b.waitForUrl("/account/shared.xhtml");
    b.waitForText("sharers:table", "バッジ表示工業");
    assertThat(b.text("navNotifications")).as("no unread count any more").doesNotContainPattern("[0-9]");
    b.open(app.resolve("account/notifications.xhtml").toString());
    b.waitForText("list:table", "既読");
  }
}
