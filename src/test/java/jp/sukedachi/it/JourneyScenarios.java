package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An SME owner in the browser: signs up, describes the company and its IT, takes the self-check, plans. */
class JourneyScenarios {
  private final App app;
  private final Browser b;

  JourneyScenarios(App app, Browser browser) {
    this.app = app;
    this.b = browser;
  }

  /**
   * Signs up on the page, is told to check the mail, opens the mail's link, finishes the sign-up,
   * logs in, and goes on to the company profile (where sign-up used to land).
   */
  private void signUp(String email) {
    b.open(app.resolve("signup.xhtml").toString());
    b.type("signup:email", email);
    b.type("signup:password", Api.PASSWORD);
    b.type("signup:displayName", "山田 太郎");
    b.click("signup:submit");
    SignUpMail.confirmInBrowser(b, app, email, Api.PASSWORD, "/sme/home.xhtml");
    b.open(app.resolve("sme/company.xhtml").toString());
  }

  /** A company profile as typed in the form, and the size class the page should then show. */
  private record Profile(String name, String industry, String prefecture, String capital,
      String employees, String sites, String monthly, String oneOff, String expectedStatus) {}

  private static final Profile MANUFACTURER = new Profile("山田精密工業", "MANUFACTURING", "23",
      "10000000", "28", "2", "30000", "300000", "中小企業者に該当します");
  private static final Profile LARGE_SERVICES = new Profile("Tanaka Services", "SERVICES", "13",
      "60000000", "120", "1", "0", "0", "This is not an SME");

  private void describeCompany(Profile p) {
    b.type("company:name", p.name());
    b.choose("company:industry", p.industry());
    b.choose("company:prefecture", p.prefecture());
    b.type("company:capitalYen", p.capital());
    b.type("company:employees", p.employees());
    b.type("company:sites", p.sites());
    b.type("company:monthlyBudgetYen", p.monthly());
    b.type("company:oneOffBudgetYen", p.oneOff());
    b.click("company:save");
    b.waitForText("smeStatus", p.expectedStatus());
  }

  private void answerAll(int choice) {
    for (int item = 1; item <= 25; item++) {
      b.clickNth("#q" + item + " .ui-radiobutton-box", choice);
    }
  }

  @Scenario
  void onAPhoneAnSmeGoesFromSignUpToItsSelfCheckScore() {
    b.window(375, 812);
    signUp("phone-" + UUID.randomUUID() + "@it.example");
    b.type("company:name", "<b>bold</b>");
    b.click("company:save");
    b.waitForText("company", "記号 < と > や制御文字は使えません");
    assertThat(b.driver.findElements(By.id("smeStatus"))).as("nothing saved yet").isEmpty();

    describeCompany(MANUFACTURER);
    assertThat(b.text("classification")).contains("製造業").contains("資本金");

    b.click("navAssets");
    b.choose("it:type", "REMOTE_ACCESS");
    b.type("it:label", "VPN装置");
    b.clickCss("[id='it:internetFacing'] .ui-chkbox-box");
    b.click("it:add");
    b.waitForText("itList:table", "VPN装置");

    b.click("navSelfCheck");
    b.click("selfCheck:submit");
    b.waitForText("selfCheck", "この質問に回答してください");
    answerAll(0);
    b.clickNth("#q3 .ui-radiobutton-box", 2);
    b.click("selfCheck:submit");
    b.waitForUrl("/sme/results.xhtml");
    assertThat(b.text("score")).isEqualTo("96 / 100");
    assertThat(b.text("band")).contains("70〜99点");
    assertThat(b.driver.findElements(By.cssSelector("canvas"))).hasSize(2);
    Long overflow = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow).as("no sideways scrolling on a 375 px screen").isLessThanOrEqualTo(0L);
    b.screenshot("sme-journey-phone-ja");

    b.click("lang:en");
    b.waitForText("band", "70–99");
    assertThat(b.text("advice")).contains("Start with the items you have not done yet");
    b.screenshot("sme-results-phone-en");
    b.click("lang:ja");
    b.waitForText("band", "70〜99点");

    b.click("toPlan");
    b.waitForUrl("/sme/plan.xhtml");
    String before = b.text("riskLine");
    assertThat(before).as("the risk in yen and in words").contains("年間の想定損失").containsPattern("約[0-9,]+円（(高い|やや高い|中程度|低い)）");
    assertThat(b.page()).contains("VPN").contains("今週やること");
    assertThat(b.driver.findElements(By.cssSelector("#thisWeekHint ~ .item"))).as("a few things for this week")
        .hasSizeBetween(1, 5);
    b.click("riskBasisToggle");
    b.waitForText("riskBasis", "出典");
    b.type("budget:monthlyBudgetYen", "0");
    b.js("document.activeElement.blur();");
    b.waitForChange("riskLine", before);
    assertThat(b.text("costLine")).as("what if there is no monthly budget").contains("月額 0円");
    String vpnStatus = "#m-ACC-VPNMFA";
    assertThat(b.driver.findElements(By.cssSelector(vpnStatus))).hasSize(1);
    String riskBeforeDone = b.text("riskLine");
    String menu = b.driver.findElement(By.cssSelector(vpnStatus + " .ui-selectonemenu")).getAttribute("id");
    b.pick(menu, "完了");
    b.waitForChange("riskLine", riskBeforeDone);
    assertThat(b.driver.findElements(By.cssSelector(vpnStatus))).as("done measures leave the plan").isEmpty();
    assertThat(b.text("oneStar")).contains("5か条");
    Long overflowPlan = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflowPlan).isLessThanOrEqualTo(0L);
    b.screenshot("sme-plan-phone-ja");
  }

  @Scenario
  void onADesktopInEnglishTheScoreAndHistoryShow() {
    b.window(1280, 900);
    signUp("desk-" + UUID.randomUUID() + "@it.example");
    b.click("lang:en");
    b.waitForText("company", "Company profile");
    describeCompany(LARGE_SERVICES);
    b.click("navSelfCheck");
    answerAll(3);
    b.click("selfCheck:submit");
    b.waitForUrl("/sme/results.xhtml");
    assertThat(b.text("score")).isEqualTo("-25 / 100");
    assertThat(b.text("band")).contains("49 or less");
    b.click("navSelfCheck");
    b.waitForUrl("/sme/self-check.xhtml");
    b.find("q1");
    assertThat(b.driver.findElements(By.cssSelector("#q1 .ui-radiobutton-box.ui-state-active")))
        .as("a retake starts from the last answers").hasSize(1);
    answerAll(1);
    b.click("selfCheck:submit");
    b.waitForUrl("/sme/results.xhtml");
    assertThat(b.text("score")).isEqualTo("50 / 100");
    assertThat(b.text("history")).contains("-25").contains("50");
    b.screenshot("sme-results-desktop-en");

    b.click("lang:logout");
    b.waitForUrl("/index.xhtml");
    b.open(app.resolve("sme/results.xhtml").toString());
    b.waitForUrl("/login.xhtml");
  }

  /** The text of the form field (label, input, hint and message) that holds the input. */
  private String fieldOf(String inputId) {
    return b.driver.findElement(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"))
        .getText();
  }

  /**
   * Chooses in a selectOneMenu through its widget and tells the page, as a tap on the item does
   * (on a phone the item may lie below the window, where a click cannot reach it).
   */
  private void chooseAndTell(String clientId, String value) {
    b.choose(clientId, value);
    b.js("PrimeFaces.getWidgetById(arguments[0]).triggerChange();", clientId);
    b.awaitAjax();
  }

  private void waitUntilGone(String id) {
    new WebDriverWait(b.driver, Browser.PATIENCE).until(d -> d.findElements(By.id(id)).isEmpty());
  }

  @Scenario
  void onAPhoneAnOwnerSaysHowTheShopWorksAndThatAServiceRunsItsWebShop() {
    b.window(375, 812);
    signUp("bakery-" + UUID.randomUUID() + "@it.example");
    b.type("company:name", "さくらベーカリー");
    b.choose("company:legalForm", "SOLE_PROPRIETOR");
    b.choose("company:industry", "RETAIL");
    b.choose("company:prefecture", "43");
    b.type("company:capitalYen", "0");
    b.type("company:employees", "2.5");
    b.type("company:sites", "1");
    b.type("company:monthlyBudgetYen", "3,000");
    b.type("company:oneOffBudgetYen", "２００００");
    b.clickCss("[id='company:signal_CARD_PAYMENT'] .ui-chkbox-box");
    b.clickCss("[id='company:signal_GUEST_WIFI'] .ui-chkbox-box");
    b.click("company:save");
    b.waitForText("company", "小数点のない整数");
    assertThat(fieldOf("company:employees")).as("the message stands next to the field").contains("小数点のない整数");
    assertThat(b.driver.findElements(By.id("smeStatus"))).as("2.5 people is not saved as 2").isEmpty();
    assertThat(b.driver.findElements(By.cssSelector("[id='company:signal_CARD_PAYMENT'] .ui-chkbox-box.ui-state-active")))
        .as("the ticks survive the refused save").hasSize(1);

    b.type("company:employees", "３");
    b.click("company:save");
    b.waitForText("smeStatus", "中小企業者に該当します");
    assertThat(b.text("declaredSignals")).contains("お客様がカードで支払う").contains("Wi-Fi")
        .doesNotContain("生成AI");
    assertThat(b.find("company:employees").getAttribute("value")).isEqualTo("3");
    assertThat(b.find("company:oneOffBudgetYen").getAttribute("value")).isEqualTo("20,000");
    b.screenshot("sme-company-signals-phone-ja");

    b.click("navAssets");
    chooseAndTell("it:type", "EC_SITE");
    b.find("it:hosted");
    assertThat(b.text("it:whoRunsIt")).contains("この仕組みは誰が動かしていますか？").contains("BASE");
    b.clickNth("[id='it:hosted'] .ui-radiobutton-box", 0);
    waitUntilGone("it:internetFacing");
    b.type("it:label", "BASEのお店");
    b.click("it:add");
    b.waitForText("itList:table", "BASEのお店");
    assertThat(b.text("itList:table")).contains("サービス会社");

    chooseAndTell("it:type", "SNS_ACCOUNT");
    b.waitForText("it:whoRunsIt", "サービス会社が提供するものとして登録します");
    assertThat(b.driver.findElements(By.id("it:hosted"))).as("always a provider's: not asked").isEmpty();
    chooseAndTell("it:type", "REMOTE_ACCESS");
    b.find("it:hosted");
    b.click("it:add");
    b.waitForText("it", "誰が動かしているかを選んでください");
    chooseAndTell("it:type", "PC");
    waitUntilGone("it:hosted");
    b.find("it:internetFacing");
    Long overflow = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow).as("no sideways scrolling on a 375 px screen").isLessThanOrEqualTo(0L);
    b.screenshot("sme-signals-hosted-phone-ja");
  }
}
