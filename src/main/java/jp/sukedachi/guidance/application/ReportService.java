package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.guidance.infrastructure.PlanCsv;
import jp.sukedachi.guidance.infrastructure.PlanPdf;
import jp.sukedachi.guidance.infrastructure.PolicyDraft;
import jp.sukedachi.platform.UnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The plan as PDF and CSV, and the draft basic policy, for download. */
@ApplicationScoped
public class ReportService {
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  /** Where Debian and common images put a Japanese TrueType font. */
  private static final List<String> FONT_CANDIDATES = List.of(
      "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
      "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
      "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
      "/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf");

  @Inject PlanService plans;
  @Inject AccessPolicy access;
  @Inject SituationFactory situations;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sukedachi.pdf.font")
  Optional<String> configuredFont;

  /** A downloadable report and the plan version whose numbers it shows (null for non-owners). */
  public record Report(byte[] body, PlanStore.Version version) {}

  public Report pdf(AccountPrincipal actor, long companyId, PlanRequest request, Locale locale) {
    File font = font().orElseThrow(() -> new UnavailableException("error.pdf-font"));
    PlanView view = plans.proposePlan(actor, companyId, request);
    return new Report(new PlanPdf(font).write(view, locale, LocalDate.now(clock.withZone(JAPAN)).toString()),
        view.stored());
  }

  public Report csv(AccountPrincipal actor, long companyId, PlanRequest request, Locale locale) {
    PlanView view = plans.proposePlan(actor, companyId, request);
    return new Report(PlanCsv.write(view, locale), view.stored());
  }

  public String policy(AccountPrincipal actor, long companyId, Locale locale) {
    access.workspace(actor, companyId, DataPart.PROFILE);
    CompanyFacts facts = situations.facts(companyId);
    return PolicyDraft.write(facts.name(), facts.signatory(), LocalDate.now(clock.withZone(JAPAN)), locale);
  }

  private Optional<File> font() {
    return configuredFont.map(List::of).orElse(FONT_CANDIDATES).stream()
        .map(File::new).filter(File::canRead).findFirst();
  }
}
