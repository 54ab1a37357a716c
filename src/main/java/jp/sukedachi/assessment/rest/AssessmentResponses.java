package jp.sukedachi.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.assessment.application.AssetService.InformationAssetView;
import jp.sukedachi.assessment.application.AssetService.ItAssetView;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.application.SelfCheckView;
import jp.sukedachi.assessment.domain.CompanyProfile;
import jp.sukedachi.assessment.domain.SelfCheckSheet;
import jp.sukedachi.platform.Texts;

/** Response bodies of the assessment API; entities are never serialised. */
final class AssessmentResponses {
  private AssessmentResponses() {}

  /** Size class with its basis in the caller's language. */
  public record Classification(boolean sme, boolean smallEnterprise, String basis) {}

  /** A company, with the business signals it declared (in a fixed order). */
  public record Company(long id, String name, String legalForm, String industry, long capitalYen,
      int employees, String prefecture, int sites, long monthlyBudgetYen, long oneOffBudgetYen,
      List<String> signals, Classification classification) {}

  /** A group of IT assets; {@code hosted}: run by a service provider. */
  public record ItAsset(long id, String type, String label, int count, boolean internetFacing,
      boolean vendorSupported, boolean hosted) {}

  /** A row of the information-asset register. */
  public record InformationAsset(long id, String name, String businessArea, String storageMedia,
      String personalInfo, int confidentiality, int integrity, int availability, int importance) {}

  /** Score of one part of the self-check. */
  public record Part(int part, int score, int max) {}

  /** A self-check result. */
  public record SelfCheck(long id, Instant takenAt, int score, String band, String advice,
      List<Part> parts) {}

  static Company company(CompanyView v, Locale locale) {
    CompanyProfile p = v.profile();
    String basis = String.join(" ",
        v.sizeClass().basis().stream().map(r -> Texts.message(locale, r)).toList());
    return new Company(v.id(), p.name(), p.legalForm().name(), p.industry().name(), p.capitalYen(),
        p.employees(), p.prefecture(), p.sites(), p.monthlyBudgetYen(), p.oneOffBudgetYen(),
        p.signalsInOrder().stream().map(Enum::name).toList(),
        new Classification(v.sizeClass().sme(), v.sizeClass().smallEnterprise(), basis));
  }

  static ItAsset itAsset(ItAssetView v) {
    var d = v.details();
    return new ItAsset(v.id(), d.type().name(), d.label(), d.count(), d.internetFacing(),
        d.vendorSupported(), d.hosted());
  }

  static InformationAsset informationAsset(InformationAssetView v) {
    var d = v.details();
    return new InformationAsset(v.id(), d.name(), d.businessArea(), d.storageMedia(),
        d.personalInfo().name(), d.confidentiality(), d.integrity(), d.availability(), v.importance());
  }

  static SelfCheck selfCheck(SelfCheckView v, Locale locale) {
    SelfCheckSheet.Result r = v.result();
    List<Part> parts = r.parts().stream().map(p -> new Part(p.part(), p.score(), p.max())).toList();
    String advice = Texts.message(locale, "band." + r.band().name() + ".advice");
    return new SelfCheck(v.id(), v.takenAt(), r.score(), r.band().name(), advice, parts);
  }
}
