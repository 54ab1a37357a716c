package jp.sukedachi.assessment.rest;

import java.util.List;
import jp.sukedachi.assessment.application.CompanyInput;
import jp.sukedachi.assessment.application.InformationAssetInput;
import jp.sukedachi.assessment.application.ItAssetInput;

/**
 * Request bodies of the assessment API. They carry no rules: the application inputs they turn
 * into hold the validation, shared with the web UI.
 */
final class AssessmentRequests {
  private AssessmentRequests() {}

  /**
   * A company profile; codes as listed in the API description.
   *
   * @param signals how the company works: AI_USE, CARD_PAYMENT, GUEST_WIFI, TELEWORK,
   *     SHARED_ACCOUNTS; omitted, a new company declares none and a changed one keeps its own
   */
  public record Company(String name, String legalForm, String industry, Long capitalYen,
      Integer employees, String prefecture, Integer sites, Long monthlyBudgetYen,
      Long oneOffBudgetYen, List<String> signals) {

    static CompanyInput toInput(Company c) {
      return c == null
          ? new CompanyInput(null, null, null, null, null, null, null, null, null, null)
          : new CompanyInput(c.name, c.legalForm, c.industry, c.capitalYen, c.employees,
              c.prefecture, c.sites, c.monthlyBudgetYen, c.oneOffBudgetYen, c.signals);
    }
  }

  /**
   * A group of IT assets.
   *
   * @param hosted run by a service provider (an EC platform, webmail, SaaS) rather than by the
   *     company; omitted means self-run. Always true for CLOUD_EMAIL and SNS_ACCOUNT, always false
   *     for devices; a hosted group is stored as not internet-facing
   */
  public record ItAsset(String type, String label, Integer count, Boolean internetFacing,
      Boolean vendorSupported, Boolean hosted) {

    static ItAssetInput toInput(ItAsset a) {
      return a == null
          ? new ItAssetInput(null, null, null, null, null, null)
          : new ItAssetInput(a.type, a.label, a.count, a.internetFacing, a.vendorSupported, a.hosted);
    }
  }

  /** A row of the information-asset register; ratings 1–3. */
  public record InformationAsset(String name, String businessArea, String storageMedia,
      String personalInfo, Integer confidentiality, Integer integrity, Integer availability) {

    static InformationAssetInput toInput(InformationAsset a) {
      return a == null
          ? new InformationAssetInput(null, null, null, null, null, null, null)
          : new InformationAssetInput(a.name, a.businessArea, a.storageMedia, a.personalInfo,
              a.confidentiality, a.integrity, a.availability);
    }
  }
}
