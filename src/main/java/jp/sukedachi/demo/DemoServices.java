package jp.sukedachi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.directory.application.ProviderInput;
import jp.sukedachi.directory.application.ProviderService;
import jp.sukedachi.directory.application.ReviewInput;
import jp.sukedachi.directory.application.ServiceInput;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.directory.application.ServiceReviews;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.directory.domain.ServiceTerms;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo provider's company and three published お助け隊 services, so a newcomer sees real
 * matches: a 1類 network-wide service dispatching in Kyushu (Kumamoto included), a 1類 endpoint
 * service dispatching nationwide and a 2類 combined service in Kanto. Runs after {@link DemoData},
 * only in the embedded run ({@code sukedachi.demo=true}, never with {@code DB_URL}), and only
 * while the demo provider has no company yet, so an existing local database gets it too.
 *
 * <p>Prices are ESTIMATES within what the research found: network type ¥6,000 floor to the ¥10,000
 * cap, about ¥9,000 typical; endpoint type ¥750 floor to the ¥2,000 cap, about ¥1,500 typical
 * (costs-threats.md §3.1 #6, #7); 2類 caps are not public (directory-facts.md A.6). Names,
 * insurers, registration numbers and the 法人番号 are fictional (the 法人番号 is the worked
 * example of directory-facts.md D).
 */
@Startup
@Singleton
@DependsOn({"DemoData", "CatalogueService"})
public class DemoServices {
  static final String PROVIDER_EMAIL = "provider@example.jp";
  static final String ADMIN_EMAIL = "admin@example.jp";
  private static final Logger LOG = Logger.getLogger(DemoServices.class.getName());
  private static final Set<String> KYUSHU = Set.of("40", "41", "42", "43", "44", "45", "46");
  private static final Set<String> KANTO = Set.of("08", "09", "10", "11", "12", "13", "14");

  @Inject
  @ConfigProperty(name = "sukedachi.demo", defaultValue = "false")
  boolean enabled;

  @Inject AccountDirectory accounts;
  @Inject ProviderService providers;
  @Inject ServiceListings listings;
  @Inject ServiceReviews reviews;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    AccountPrincipal provider = accounts.byEmail(PROVIDER_EMAIL).filter(a -> a.is(Role.PROVIDER)).orElse(null);
    if (provider == null || providers.mine(provider).isPresent()) {
      return;
    }
    providers.register(provider, new ProviderInput("お助けネット株式会社", "7123456789012",
        "熊本県熊本市中央区花畑町9-99", "support@otasuke-net.example.jp"));
    AccountPrincipal admin = accounts.byEmail(ADMIN_EMAIL).filter(a -> a.is(Role.ADMIN)).orElse(null);
    for (ServiceTerms terms : services()) {
      long id = listings.create(provider, ServiceInput.of(terms)).id();
      listings.submit(provider, id);
      if (admin != null) {
        reviews.review(admin, id, new ReviewInput("APPROVE", "デモ用に承認"));
      }
    }
    LOG.info(admin == null ? "Loaded the demo provider's services, waiting for review"
        : "Loaded the demo provider's published services");
  }

  /** The three demo services; each meets the standard. */
  static List<ServiceTerms> services() {
    return List.of(
        new ServiceTerms("あんしんUTM見守り（九州）",
            "事務所のインターネットの出入口にUTMを置き、24時間監視します。異常時は九州各県へ技術者が駆け付けます。",
            ServiceClass.CLASS_1, MonitoringType.NETWORK, 8_800, 0, 33_000, 30,
            true, "平日 9:00〜18:00（フリーダイヤル）", true, true, KYUSHU,
            true, "九州あんしん損害保険株式会社", 3_000_000, null, 100, 1, 50, Set.of(),
            12, "1か月前までに書面で通知。UTMは返却。", "OTA-2023-0123", LocalDate.of(2023, 2, 20),
            true, false, false, Set.of("NET-UTM", "NET-FW", "NET-LOG", "INC-01", "INC-CONTACTS", "INC-INSURANCE")),
        new ServiceTerms("端末見守りEDRパック（全国）",
            "パソコンとサーバーにEDRを入れ、24時間監視します。全国どこでも駆け付けます。",
            ServiceClass.CLASS_1, MonitoringType.ENDPOINT, 0, 1_500, 0, 0,
            true, "毎日 9:00〜21:00（電話・メール）", true, true, allPrefectures(),
            true, "あんしん損害保険株式会社", 5_000_000, null, null, 1, 300, Set.of(),
            12, "月末までの通知で翌月末に解約。", "OTA-2021-0005", LocalDate.of(2021, 4, 15),
            true, false, false, Set.of("DEV-EDR", "FIVE-02", "INC-01", "INC-INSURANCE")),
        new ServiceTerms("統合監視プレミアム（関東・2類）",
            "UTMとEDRを併用し、ログを相関分析して監視します。四半期ごとの定例コンサルティング付き。",
            ServiceClass.CLASS_2, MonitoringType.COMBINED, 30_000, 1_800, 100_000, 100,
            true, "24時間365日（専用窓口）", true, true, KANTO,
            true, "首都圏あんしん損害保険株式会社", 10_000_000, 50, 300, 50, 300, Set.of(),
            24, "3か月前までに書面で通知。", "OTA-2024-0456", LocalDate.of(2024, 6, 3),
            true, true, true,
            Set.of("NET-UTM", "DEV-EDR", "NET-LOG", "NET-PATCH", "INC-01", "INC-BCP", "INC-INSURANCE")));
  }

  private static Set<String> allPrefectures() {
    return java.util.stream.IntStream.rangeClosed(1, 47).mapToObj(i -> String.format("%02d", i))
        .collect(java.util.stream.Collectors.toSet());
  }
}
