package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.UUID;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/**
 * The お助け隊 journey of issue #8 across the roles: a provider's service, verified by an
 * operator (both in the browser in {@link DirectoryJourneyScenarios}; here through the API), is
 * found by a Kumamoto SME among its matches in the browser; the SME compares its plan with and
 * without it, asks the provider sharing only its device counts, and reads the provider's answer.
 */
class ServiceJourneyScenarios {
  private final App app;
  private final Api api;
  private final Browser b;

  ServiceJourneyScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }


  private void logIn(String email, String landing) {
    b.logIn(app.resolve("login.xhtml").toString(), email, Api.PASSWORD, landing);
  }

  @Scenario
  void aKumamotoSmeFindsAVerifiedServiceComparesItAsksAndIsAnswered() {
    String provider = api.signUp("PROVIDER", "阿蘇 太郎");
    String providerToken = api.token(provider, Api.PASSWORD);
    api.json("POST", "api/v1/providers", providerToken, Json.createObjectBuilder().add("name", "阿蘇見守り株式会社")
        .add("corporateNumber", DirectoryScenarios.corporateNumber()).add("address", "熊本県阿蘇市1-1")
        .add("contactEmail", "desk@it.example").build());
    String name = "阿蘇ネット見守り " + UUID.randomUUID().toString().substring(0, 6);
    // Priced below every other test service, so it ranks first and is among the three compared.
    long service = api.json("POST", "api/v1/services", providerToken, DirectoryScenarios.compliant(name)
            .add("monthlyYenPerCompany", 100).add("oneOffYen", 0).build())
        .json().getJsonNumber("id").longValue();
    assertThat(api.send("POST", "api/v1/services/" + service + "/submit", providerToken, null, null, null).status())
        .isEqualTo(200);
    assertThat(api.json("POST", "api/v1/services/" + service + "/review",
        api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD),
        Json.createObjectBuilder().add("decision", "APPROVE").build()).json().getString("status"))
        .isEqualTo("PUBLISHED");

    String sme = api.signUp("SME", "熊本 花子");
    String token = api.token(sme, Api.PASSWORD);
    long company = api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 12)).add("name", "熊本精機株式会社").add("prefecture", "43").build())
        .json().getJsonNumber("id").longValue();
    api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "事務所PC").add("count", 7).add("internetFacing", false)
        .add("vendorSupported", true).build());

    logIn(sme, "/sme/home.xhtml");
    b.click("navServices");
    b.waitForText("match-" + service, name);
    b.clickCss("[id='compare-" + service + "'] summary");
    b.waitForText("compare-" + service, "サービスあり");
    b.clickCss("[id='match-" + service + "'] a.inquire");
    b.waitForText("serviceName", name);
    b.waitForText("preview", "7");
    assertThat(b.text("preview")).doesNotContain("熊本精機株式会社");
    b.type("inquiry:message", "事務所のPC7台で相談させてください。");
    b.click("inquiry:send");
    b.waitForUrl("/sme/inquiries.xhtml");
    b.screenshot("service-journey-sme-asked");

    logIn(provider, "/provider/home.xhtml");
    b.open(app.resolve("provider/inquiries.xhtml").toString());
    b.waitForText("inquiryList", name);
    b.click("inquiryList:0:open");
    b.waitForText("sharedData", "7");
    assertThat(b.text("sharedData")).doesNotContain("熊本精機株式会社");
    b.type("threadForm:reply", "7台でしたら月額9,800円で伺えます。");
    b.click("threadForm:sendReply");
    b.waitForText("status", "回答済み");

    logIn(sme, "/sme/home.xhtml");
    b.open(app.resolve("sme/inquiries.xhtml").toString());
    b.click("inquiryList:0:open");
    b.waitForText("threadMessages", "7台でしたら月額9,800円で伺えます。");
    b.screenshot("service-journey-sme-answered");
  }
}
