package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An SME owner on a phone: signs up, describes the company and its IT, takes the self-check. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SmeJourneyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @ArquillianResource URL base;
  URI app;

  @BeforeEach
  void address() {
    app = Deployments.loopback(base);
  }

  private void signUp(Browser b, String email) {
    b.open(app.resolve("signup.xhtml").toString());
    b.type("signup:email", email);
    b.type("signup:password", "long-enough-pw");
    b.type("signup:displayName", "山田 太郎");
    b.click("signup:submit");
    b.waitForUrl("/sme/company.xhtml");
  }

  private void describeCompany(Browser b) {
    b.type("company:name", "山田精密工業");
    b.choose("company:industry", "MANUFACTURING");
    b.choose("company:prefecture", "23");
    b.type("company:capitalYen_input", "10000000");
    b.type("company:employees_input", "28");
    b.type("company:sites_input", "2");
    b.type("company:monthlyBudgetYen_input", "30000");
    b.type("company:oneOffBudgetYen_input", "300000");
    b.click("company:save");
    b.waitForText("smeStatus", "中小企業者に該当します");
  }

  private void answerAll(Browser b, int choice) {
    for (int item = 1; item <= 25; item++) {
      b.clickNth("#q" + item + " .ui-radiobutton-box", choice);
    }
  }

  @Test
  void onAPhoneAnSmeGoesFromSignUpToItsSelfCheckScore() {
    try (Browser b = new Browser(375, 812)) {
      signUp(b, "phone-" + UUID.randomUUID() + "@it.example");
      b.type("company:name", "<b>bold</b>");
      b.click("company:save");
      b.waitForText("company", "記号 < と > や制御文字は使えません");
      assertThat(b.driver.findElements(By.id("smeStatus"))).as("nothing saved yet").isEmpty();

      describeCompany(b);
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
      answerAll(b, 0);
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
      assertThat(before).contains("リスクは現在");
      assertThat(b.page()).contains("VPN").contains("今すぐ");
      b.type("budget:monthlyBudgetYen_input", "0");
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
  }

  @Test
  void onADesktopInEnglishTheScoreAndHistoryShow() {
    try (Browser b = new Browser(1280, 900)) {
      signUp(b, "desk-" + UUID.randomUUID() + "@it.example");
      b.click("lang:en");
      b.waitForText("company", "Company profile");
      describeCompanyInEnglish(b);
      b.click("navSelfCheck");
      answerAll(b, 3);
      b.click("selfCheck:submit");
      b.waitForUrl("/sme/results.xhtml");
      assertThat(b.text("score")).isEqualTo("-25 / 100");
      assertThat(b.text("band")).contains("49 or less");
      b.click("navSelfCheck");
      answerAll(b, 1);
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
  }

  private void describeCompanyInEnglish(Browser b) {
    b.type("company:name", "Tanaka Services");
    b.choose("company:industry", "SERVICES");
    b.choose("company:prefecture", "13");
    b.type("company:capitalYen_input", "60000000");
    b.type("company:employees_input", "120");
    b.type("company:sites_input", "1");
    b.type("company:monthlyBudgetYen_input", "0");
    b.type("company:oneOffBudgetYen_input", "0");
    b.click("company:save");
    b.waitForText("smeStatus", "This is not an SME");
  }
}
