package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In the browser: a provider registers its company, lists a service, sees next to the price which
 * rule of the standard it breaks, fixes it and submits; an operator approves it in the queue.
 */
class DirectoryJourneyScenarios {
  private static final String PASSWORD = "long-enough-pw";
  private final App app;
  private final Api api;
  private final Browser b;

  DirectoryJourneyScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  private void tick(String id) {
    b.clickCss("[id='service:" + id + "'] .ui-chkbox-box");
  }

  /** Ticks the checkbox with this value in a group of checkboxes. */
  private void choose(String id, String value) {
    b.clickCss("[id='service:" + id + "'] .ui-chkbox:has(input[value='" + value + "']) .ui-chkbox-box");
  }

  @Scenario
  void aProviderListsAServiceThatAnOperatorApprovesInTheQueue() {
    String email = "provider-" + UUID.randomUUID() + "@it.example";
    api.signUp(email, PASSWORD, "見守り 太郎", "PROVIDER");
    String name = "熊本まもりネット " + UUID.randomUUID().toString().substring(0, 8);

    b.logIn(app.resolve("login.xhtml").toString(), email, PASSWORD, "/provider/home.xhtml");
    b.click("registerCompany");
    b.type("provider:name", "熊本まもり株式会社");
    b.type("provider:corporateNumber", DirectoryScenarios.corporateNumber());
    b.type("provider:address", "熊本県熊本市中央区1-1");
    b.click("provider:save");
    b.waitForText("messages", "会社情報を保存しました");

    b.click("navProviderService");
    b.type("service:name", name);
    b.type("service:monthlyYenPerCompany_input", "12000");
    b.type("service:oneOffYen_input", "30000");
    b.waitForText("service:rMonthlyYenPerCompany:rules", "1類の価格上限");
    b.type("service:monthlyYenPerCompany_input", "9800");
    b.type("service:oneOffYen_input", "33000");
    new WebDriverWait(b.driver, Browser.PATIENCE)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
        !d.findElement(By.id("service:rMonthlyYenPerCompany:rules")).getText().contains("1類の価格上限"));
    tick("consultationDesk");
    b.type("service:consultationHours", "平日 9:00-18:00");
    tick("monitoring24h");
    tick("onSiteDispatch");
    choose("dispatchPrefectures", "43");
    tick("insurance");
    b.type("service:insurer", "あんしん損害保険");
    b.type("service:insuranceLimitYen_input", "3000000");
    b.type("service:ipaRegistrationNumber", "OT-UI-0001");
    b.type("service:ipaRegisteredOn_input", "2023-02-20");
    choose("measureCodes", "NET-UTM");
    b.screenshot("directory-service-form");
    b.click("service:submit");
    b.waitForText("service:status", "審査中");
    assertThat(b.text("service:standard")).contains("すべての基準を満たしています");

    String token = api.token(email, PASSWORD);
    long id = api.get("api/v1/providers/me/services", token).array().getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(api.get("api/v1/services/" + id, token).json().getJsonObject("terms")
        .getJsonNumber("monthlyYenPerCompany").longValue()).isEqualTo(9_800);

    b.logIn(app.resolve("login.xhtml").toString(), ContainerDatabaseListener.ADMIN_EMAIL,
        ContainerDatabaseListener.ADMIN_PASSWORD, "/admin/home.xhtml");
    b.window(375, 812);
    b.click("serviceReview");
    b.waitForText("review-" + id, name);
    assertThat(b.text("review-" + id)).contains("OT-UI-0001").contains("2023-02-20").contains("熊本まもり株式会社");
    b.clickCss("#review-" + id + " button[id$=':approve']");
    b.waitForText("published", name);
    b.screenshot("directory-review-approved");
    assertThat(api.get("api/v1/services/" + id, token).json().getString("status")).isEqualTo("PUBLISHED");
  }
}
