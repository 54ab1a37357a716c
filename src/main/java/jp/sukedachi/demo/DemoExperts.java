package jp.sukedachi.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.expert.application.ExpertInput;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertReviewInput;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.application.SlotInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo experts in different regions, so a newcomer sees matches and the operator's queue: three
 * verified (on site around the demo SME in Aichi, remote from Tokyo, on site in Kyushu), with
 * slots over the next two weeks, and one waiting for verification. Runs after {@link DemoData},
 * only in the embedded run ({@code sukedachi.demo=true}, never with {@code DB_URL}), and only
 * while the demo expert has no profile yet. Names and registration numbers are fictional.
 */
@Startup
@Singleton
@DependsOn({"DemoData", "CatalogueService"})
public class DemoExperts {
  private static final Logger LOG = Logger.getLogger(DemoExperts.class.getName());

  @Inject
  @ConfigProperty(name = "sukedachi.demo", defaultValue = "false")
  boolean enabled;

  @Inject AccountDirectory directory;
  @Inject AccountService accounts;
  @Inject ExpertProfiles profiles;
  @Inject ExpertSlots slots;
  @Inject Clock clock;

  private record Demo(String email, String name, String riss, List<String> skills, List<String> prefectures,
      boolean remote, boolean onSite, long rate, int hours, boolean verified) {}

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    AccountPrincipal first = directory.byEmail("expert@example.jp").filter(a -> a.is(Role.EXPERT)).orElse(null);
    if (first == null || profiles.mine(first).isPresent()) {
      return;
    }
    AccountPrincipal admin = directory.byEmail(DemoServices.ADMIN_EMAIL).filter(a -> a.is(Role.ADMIN)).orElse(null);
    for (Demo d : demos()) {
      AccountPrincipal expert = directory.byEmail(d.email())
          .orElseGet(() -> accounts.create(d.email(), DemoData.PASSWORD, d.name(), Role.EXPERT));
      LocalDate today = ExpertReference.today(clock);
      long id = profiles.save(expert, new ExpertInput(d.name(), d.riss(), today.minusYears(1).toString(),
          today.plusYears(2).toString(), "", d.skills(), d.prefectures(), List.of(), List.of("ja"), d.remote(),
          d.onSite(), d.rate(), d.hours())).id();
      if (d.verified() && admin != null) {
        profiles.review(admin, id, new ExpertReviewInput("APPROVE", null, "デモ用に確認"));
        ZonedDateTime day = ZonedDateTime.now(clock.withZone(ExpertReference.JAPAN)).truncatedTo(ChronoUnit.DAYS);
        for (int n = 2; n <= 12; n += 3) {
          ZonedDateTime start = day.plusDays(n).withHour(10);
          slots.add(expert, new SlotInput(start.toOffsetDateTime().toString(),
              start.plusHours(2).toOffsetDateTime().toString()));
        }
      }
    }
    LOG.info("Loaded the demo experts");
  }

  private static List<Demo> demos() {
    return List.of(
        new Demo("expert@example.jp", "佐藤 花子", "013258", List.of("ACCESS", "NETWORK", "ASSET", "INCIDENT"),
            List.of("23", "21", "24"), true, true, 8_000, 20, true),
        new Demo("expert2@example.jp", "鈴木 一郎", "007398", List.of("ORG", "HR", "OUTSOURCING", "CLOUD"),
            List.of(), true, false, 6_000, 12, true),
        new Demo("expert3@example.jp", "高橋 美咲", "025102", List.of("NETWORK", "DEVICE", "INCIDENT", "ASSET"),
            List.of("43", "40", "41"), true, true, 7_000, 16, true),
        new Demo("expert4@example.jp", "伊藤 健", "017139", List.of("ORG", "ACCESS"), List.of(), true, false,
            5_000, 8, false));
  }
}
