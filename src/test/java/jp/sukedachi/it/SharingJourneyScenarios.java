package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

/**
 * In the browser: an SME owner shares only its asset counts with an expert, sees exactly what the
 * expert will see, the expert opens it, the owner reads who looked and stops sharing.
 */
class SharingJourneyScenarios {
  private final App app;
  private final Api api;
  private final Browser b;

  SharingJourneyScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }


  private void logIn(String email, String landing) {
    b.logIn(app.resolve("login.xhtml").toString(), email, Api.PASSWORD, landing);
  }

  @Scenario
  void anOwnerSharesItsAssetCountsWithAnExpertAndStopsSharing() {
    String owner = api.signUp("SME", "佐藤 花子");
    String token = api.token(owner, Api.PASSWORD);
    long company = api.json("POST", "api/v1/companies", token, Api.company("RETAIL", 3_000_000, 4))
        .json().getJsonNumber("id").longValue();
    api.json("POST", "api/v1/companies/" + company + "/assets", token, Json.createObjectBuilder()
        .add("type", "PC").add("label", "レジ横PC").add("count", 4).add("internetFacing", false)
        .add("vendorSupported", true).build());
    String expert = api.signUp("EXPERT", "鈴木 一郎");

    logIn(owner, "/sme/home.xhtml");
    b.open(app.resolve("sme/sharing.xhtml").toString());
    b.type("grant:recipientEmail", expert);
    b.clickNth("[id='grant:parts'] .ui-chkbox-box", 1);
    b.click("grant:share");
    b.waitForText("grants:table", expert);
    b.click("grants:table:0:showPreview");
    b.waitForText("preview", "4");
    assertThat(b.text("preview")).contains("機器・サービスの数").doesNotContain("テスト株式会社");
    b.screenshot("sharing-owner-preview");

    logIn(expert, "/account/home.xhtml");
    b.open(app.resolve("account/shared.xhtml").toString());
    b.waitForText("sharers:table", "会社名は共有されていません");
    b.click("sharers:table:0:open");
    b.waitForText("company", "4");
    assertThat(b.text("company")).contains("機器・サービスの数").doesNotContain("テスト株式会社");
    b.screenshot("sharing-expert-view");

    logIn(owner, "/sme/home.xhtml");
    b.open(app.resolve("sme/sharing.xhtml").toString());
    b.waitForText("log", expert);
    b.click("grants:table:0:revoke");
    b.waitForText("grants:table", "停止済み");
    b.screenshot("sharing-revoked");

    logIn(expert, "/account/home.xhtml");
    b.open(app.resolve("account/shared.xhtml").toString());
    b.waitForText("sharers", "現在、情報を共有している会社はありません");
  }
}
