package jp.sukedachi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.assessment.application.AssetService;
import jp.sukedachi.assessment.application.CompanyInput;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.InformationAssetInput;
import jp.sukedachi.assessment.application.ItAssetInput;
import jp.sukedachi.assessment.application.SelfCheckInput;
import jp.sukedachi.assessment.application.SelfCheckService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sample logins and one SME with assets and a self-check, for trying the app locally. Only the
 * embedded run sets {@code sukedachi.demo=true}; with a configured database it never runs.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoData {
  static final String PASSWORD = "sukedachi-demo";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "sukedachi.demo", defaultValue = "false")
  boolean enabled;

  @Inject AccountService accounts;
  @Inject CompanyService companies;
  @Inject AssetService assets;
  @Inject SelfCheckService selfChecks;

  @PostConstruct
  void load() {
    if (!enabled || accounts.anyAccountWithRole(Role.SME)) {
      return;
    }
    AccountPrincipal sme = accounts.create("sme@example.jp", PASSWORD, "山田 太郎", Role.SME);
    accounts.create("expert@example.jp", PASSWORD, "佐藤 花子", Role.EXPERT);
    accounts.create("provider@example.jp", PASSWORD, "お助けネット株式会社", Role.PROVIDER);
    if (!accounts.anyAccountWithRole(Role.ADMIN)) {
      accounts.create("admin@example.jp", PASSWORD, "運営担当", Role.ADMIN);
    }
    // A precision-parts maker: designers work from home over the VPN, the shop floor shares one
    // login on its PCs, staff draft documents with generative AI; no card payments, no guest Wi-Fi.
    long id = companies.register(sme, new CompanyInput("山田精密工業株式会社", "CORPORATION",
        "MANUFACTURING", 10_000_000L, 28, "23", 2, 30_000L, 300_000L,
        List.of("AI_USE", "TELEWORK", "SHARED_ACCOUNTS"))).id();
    assets.addItAsset(sme, id, new ItAssetInput("PC", "事務用PC", 25, false, true, false));
    assets.addItAsset(sme, id, new ItAssetInput("REMOTE_ACCESS", "VPN装置", 1, true, false, false));
    assets.addItAsset(sme, id, new ItAssetInput("CLOUD_EMAIL", "Microsoft 365 のメール", 1, false, true, true));
    assets.addItAsset(sme, id, new ItAssetInput("WEBSITE", "会社案内サイト（Wix）", 1, false, true, true));
    assets.addInformationAsset(sme, id, new InformationAssetInput(
        "顧客名簿", "営業", "社内サーバー", "PERSONAL", 2, 2, 2));
    assets.addInformationAsset(sme, id, new InformationAssetInput(
        "従業員のマイナンバー", "総務", "紙・金庫", "MY_NUMBER", 3, 2, 1));
    List<SelfCheckInput.ItemAnswer> answers = new ArrayList<>();
    for (int item = 1; item <= 25; item++) {
      answers.add(new SelfCheckInput.ItemAnswer(item, item % 3 == 0 ? "NOT_IMPLEMENTED" : "IMPLEMENTED"));
    }
    selfChecks.submit(sme, id, new SelfCheckInput(answers));
    LOG.info("Loaded demo data; the sample logins are listed in the README");
  }
}
