package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared-expert journey of issue #9 across the roles, in the browser: an expert signs up,
 * fills the profile (a missing skill is pointed out next to the field and nothing is saved) and
 * offers a slot; an operator verifies the registration in the queue; a Kagoshima SME (its company
 * made through the API) finds the expert among its matches with the reasons, asks for hours this
 * month sharing only its device counts and plan, and sees what the expert will see; the expert
 * sees the request and the shared data, accepts, reports the work; the SME rates it and marks an
 * item done in its plan. Each side's page is checked at each step; the SME's page also on a phone.
 */
class ExpertJourneyScenarios {
  private static final String KAGOSHIMA = "46";
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private final App app;
  private final Api api;
  private final Browser b;

  ExpertJourneyScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  private void logIn(String email, String password, String landing) {
    b.logIn(app.resolve("login.xhtml").toString(), email, password, landing);
  }

  /** The text of the form field (label, input, hint and message) around an input. */
  private String field(String id) {
    return (String) b.js("const e = document.getElementById(arguments[0]);"
        + " return e ? e.closest('.field').innerText : '';", id);
  }

  /** Waits until the field around an input says something (its error message), and checks the page. */
  private void waitForField(String id, String text) {
    new WebDriverWait(b.driver, Browser.PATIENCE).until(d -> field(id).contains(text));
    b.assertAccessible("the form with an error at #" + id);
  }

  /** Ticks the checkbox with this value in a PrimeFaces group of checkboxes. */
  private void tick(String groupId, String value) {
    b.clickCss("[id='" + groupId + "'] .ui-chkbox:has(input[value='" + value + "']) .ui-chkbox-box");
  }

  private void radio(String groupId, String value) {
    b.clickCss("[id='" + groupId + "'] .ui-radiobutton:has(input[value='" + value + "']) .ui-radiobutton-box");
  }

  /** A Kagoshima company with 15 PCs and a self-check, made through the API: {token, companyId}. */
  private Object[] kagoshimaSme(String email, String name) {
    String token = api.token(email, Api.PASSWORD);
    Api.Reply c = api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 15)).add("name", name).add("prefecture", KAGOSHIMA)
        .add("monthlyBudgetYen", 60000).build());
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    long company = c.json().getJsonNumber("id").longValue();
    assertThat(api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "事務所PC").add("count", 15).add("internetFacing", false)
        .add("vendorSupported", true).build()).status()).isEqualTo(201);
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (int i = 1; i <= 25; i++) {
      answers.add(Json.createObjectBuilder().add("item", i).add("answer", i <= 3 ? "IMPLEMENTED" : "NOT_IMPLEMENTED"));
    }
    assertThat(api.json("POST", "api/v1/companies/" + company + "/self-checks", token,
        Json.createObjectBuilder().add("answers", answers).build()).status()).isIn(200, 201);
    return new Object[] {token, company};
  }

  private static List<Long> matched(JsonObject matches) {
    return matches.getJsonArray("matches").stream()
        .map(v -> v.asJsonObject().getJsonNumber("expertId").longValue()).toList();
  }

  @Scenario
  void anExpertOffersHoursIsVerifiedBookedAcceptsReportsAndIsRated() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String expertName = "薩摩 専門 " + suffix;
    String companyName = "鹿児島製作所 " + suffix;
    String smeEmail = api.signUp("SME", "鹿児島 花子");
    Object[] sme = kagoshimaSme(smeEmail, companyName);
    String smeToken = (String) sme[0];
    String matchesPath = "api/v1/companies/" + sme[1] + "/expert-matches";

    // The expert signs up, confirms through the mailed link, logs in and is led from the account
    // home to the profile.
    String expertEmail = "expert-" + UUID.randomUUID() + "@it.example";
    b.reset();
    b.open(app.resolve("signup.xhtml").toString());
    b.type("signup:email", expertEmail);
    b.type("signup:password", Api.PASSWORD);
    b.type("signup:displayName", "薩摩 太郎");
    b.pick("signup:role", "セキュリティ専門家");
    b.click("signup:submit");
    SignUpMail.confirmInBrowser(b, app, expertEmail, Api.PASSWORD, "/account/home.xhtml");
    b.click("expertProfile");
    b.waitForText("standingText", "まだ登録していません");

    String riss = ExpertWorld.rissNumber();
    LocalDate today = LocalDate.now(JAPAN);
    b.type("profile:displayName", expertName);
    b.type("profile:rissNumber", "第" + riss + "号");
    b.type("profile:rissRegisteredOn_input", today.minusYears(1).toString());
    b.type("profile:rissRenewalDue_input", today.plusYears(2).toString());
    b.clickCss("[id='profile:onSite'] .ui-chkbox-box");
    tick("profile:prefectures", KAGOSHIMA);
    b.type("profile:hourlyRateYen_input", "3000");
    b.type("profile:monthlyHours_input", "20");
    b.click("profile:save");
    waitForField("profile:skills", "1つ以上選んで"); // next to the field it is about
    String expertToken = api.token(expertEmail, Api.PASSWORD);
    assertThat(api.get("api/v1/experts/me", expertToken).status()).as("nothing saved").isEqualTo(404);

    for (String area : List.of("ORG", "HR", "ASSET", "ACCESS", "DEVICE", "NETWORK", "OUTSOURCING",
        "INCIDENT", "CLOUD")) {
      tick("profile:skills", area);
    }
    b.click("profile:save");
    b.waitForText("standingText", "運営者の確認待ち");
    assertThat(b.find("profile:rissNumber").getAttribute("value")).as("the number as IPA writes it").isEqualTo(riss);
    assertThat(b.text("publicRecord")).contains(riss);
    long expertId = api.get("api/v1/experts/me", expertToken).json().getJsonNumber("id").longValue();
    assertThat(matched(api.get(matchesPath, smeToken).json())).as("not matched before verification")
        .doesNotContain(expertId);

    // A slot: first without its end (told next to the field), then whole.
    b.click("toSlots");
    b.waitForText("notShown", "表示されません");
    LocalDate day = today.plusDays(3);
    b.type("slot:start_input", day + " 10:00");
    b.click("slot:add");
    waitForField("slot:end", "開始と終了の日時を入力");
    b.type("slot:start_input", day + " 10:00");
    b.type("slot:end_input", day + " 12:00");
    b.click("slot:add");
    b.waitForText("slots:table", "空き");
    assertThat(b.text("slots:table")).contains(day + " 10:00").contains("12:00");
    b.screenshot("expert-journey-expert-slot");

    // The operator checks the registration against the public record and approves it.
    logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD, "/admin/home.xhtml");
    b.click("expertReview");
    String item = "expert-review-" + expertId;
    b.waitForText(item, expertName);
    assertThat(b.text(item)).contains(riss).contains(today.plusYears(2).toString()).contains("鹿児島県")
        .contains("組織的対策");
    assertThat(b.find(item).findElement(By.cssSelector("a[href*='" + riss + "']")).getAttribute("href"))
        .startsWith("https://riss.ipa.go.jp/");
    b.clickCss("#" + item + " button[id$=':approve']");
    b.waitForText("messages", "確かめたことにチェック");
    b.clickCss("#" + item + " .ui-chkbox-box");
    b.screenshot("expert-journey-admin-queue");
    b.clickCss("#" + item + " button[id$=':approve']");
    b.waitForText("messages", "承認しました");
    assertThat(api.get("api/v1/experts/me", expertToken).json().getBoolean("verified")).isTrue();
    Eventually.until("the verified expert among the matches", () -> api.get(matchesPath, smeToken).json(),
        j -> matched(j).contains(expertId));

    // The SME finds the expert with the reasons and asks for hours this month, sharing two parts.
    logIn(smeEmail, Api.PASSWORD, "/sme/home.xhtml");
    b.click("navExperts");
    String match = "expert-" + expertId;
    b.waitForText(match, expertName);
    assertThat(b.text(match)).contains("鹿児島県まで来て対応できます").contains("1時間3,000円").contains("空き時間");
    assertThat(b.text("needs")).contains("専門家が手伝える");
    b.window(375, 812);
    b.open(app.resolve("sme/experts.xhtml").toString());
    b.waitForText(match, expertName);
    assertThat((Boolean) b.js("return document.documentElement.scrollWidth <= window.innerWidth;"))
        .as("the experts page fits a phone without sideways scrolling").isTrue();
    b.screenshot("expert-journey-sme-matches-phone");
    b.window(1280, 900);

    b.clickCss("[id='" + match + "'] a.ask");
    b.waitForText("requestCard", expertName);
    b.waitForText("preview", "15");
    assertThat(b.text("preview")).as("the company name is not shared").doesNotContain(companyName);
    radio("request:mode", "HOURS");
    b.find("request:hours_input");
    b.type("request:hours_input", "2");
    b.type("request:description", "多要素認証とバックアップの設定を手伝ってください。");
    String firstItem = b.find("request:measureCodes").findElement(By.cssSelector("input[type='checkbox']"))
        .getAttribute("value");
    b.click("request:send");
    b.waitForText("engagementStatus", "返答待ち");
    assertThat(b.text("grantState")).contains("専門家に共有中").contains("機器・サービスの数").contains("対策プラン");
    assertThat(b.text("engagementWhen")).contains("2時間");
    b.screenshot("expert-journey-sme-requested");

    // The expert sees the request and only what is shared, accepts and reports the work.
    logIn(expertEmail, Api.PASSWORD, "/account/home.xhtml");
    b.click("navExpertRequests");
    b.waitForText("requests", "返答待ち");
    b.click("requests:0:open");
    b.waitForText("engagementDescription", "多要素認証");
    b.waitForText("sharedData", "15");
    assertThat(b.text("sharedData")).doesNotContain(companyName);
    b.click("answer:accept");
    b.waitForText("engagementStatus", "引き受け済み");
    b.click("report:send");
    waitForField("report:text", "報告を入力してください");
    b.type("report:text", "多要素認証を全員に設定し、バックアップの手順を決めました。");
    b.click("report:send");
    b.waitForText("engagementStatus", "報告あり");
    assertThat(b.text("engagementItems")).contains("（対応済み）");
    b.screenshot("expert-journey-expert-reported");

    // The SME reads the report, rates it and marks an addressed item done.
    logIn(smeEmail, Api.PASSWORD, "/sme/home.xhtml");
    b.click("navExperts");
    b.waitForText("engagementList", "報告あり");
    b.click("engagementList:0:open");
    b.waitForText("engagementReport", "多要素認証を全員に設定");
    radio("rate:rating", "5");
    b.type("rate:comment", "丁寧に教えていただきました。");
    tick("rate:markDone", firstItem);
    b.click("rate:send");
    b.waitForText("engagementStatus", "完了");
    assertThat(b.text("engagementRating")).contains("5点中5点").contains("丁寧に");
    b.screenshot("expert-journey-sme-rated");
    assertThat(api.get("api/v1/companies/" + sme[1] + "/plan/progress", smeToken).body()).contains(firstItem);

    // The expert sees the rating on its profile.
    logIn(expertEmail, Api.PASSWORD, "/account/home.xhtml");
    b.click("navExpertProfile");
    b.waitForText("standingText", "確認済み");
    b.waitForText("rating", "5.0");
    b.click("navExpertRequests");
    b.waitForText("requests", "完了");
  }
}
