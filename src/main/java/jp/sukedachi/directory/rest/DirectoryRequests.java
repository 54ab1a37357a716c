package jp.sukedachi.directory.rest;

import java.util.List;
import jp.sukedachi.directory.application.ProviderInput;
import jp.sukedachi.directory.application.ReasonInput;
import jp.sukedachi.directory.application.ReviewInput;
import jp.sukedachi.directory.application.ServiceInput;

/**
 * Request bodies of the directory API. They carry no rules: the application inputs they turn
 * into hold the validation, shared with the web UI.
 */
final class DirectoryRequests {
  private DirectoryRequests() {}

  /** A provider company; corporateNumber is the 13-digit 法人番号. */
  public record Provider(String name, String corporateNumber, String address, String contactEmail) {
    static ProviderInput toInput(Provider p) {
      return p == null ? new ProviderInput(null, null, null, null)
          : new ProviderInput(p.name, p.corporateNumber, p.address, p.contactEmail);
    }
  }

  /**
   * A service's terms. Prices are tax-exclusive yen; serviceClass CLASS_1|CLASS_2; monitoringType
   * NETWORK|ENDPOINT|COMBINED; dispatchPrefectures JIS codes ("43"); industries industry codes
   * (none: every industry); measureCodes codes of the current measure catalogue;
   * ipaRegisteredOn yyyy-MM-dd. Omitted numbers are 0 and omitted yes/no answers no.
   */
  public record Service(String name, String summary, String serviceClass, String monitoringType,
      Long monthlyYenPerCompany, Long monthlyYenPerDevice, Long oneOffYen, Integer monitoredEndpoints,
      Boolean consultationDesk, String consultationHours, Boolean monitoring24h, Boolean onSiteDispatch,
      List<String> dispatchPrefectures, Boolean insurance, String insurer, Long insuranceLimitYen,
      Integer minEmployees, Integer maxEmployees, Integer minDevices, Integer maxDevices, List<String> industries,
      Integer minimumTermMonths, String cancellation, String ipaRegistrationNumber, String ipaRegisteredOn,
      Boolean subsidyEligible, Boolean periodicConsulting, Boolean strongerMonitoring, List<String> measureCodes) {

    static ServiceInput toInput(Service s) {
      return s == null ? ServiceInput.empty()
          : new ServiceInput(s.name, s.summary, s.serviceClass, s.monitoringType, s.monthlyYenPerCompany,
              s.monthlyYenPerDevice, s.oneOffYen, s.monitoredEndpoints, s.consultationDesk, s.consultationHours,
              s.monitoring24h, s.onSiteDispatch, s.dispatchPrefectures, s.insurance, s.insurer, s.insuranceLimitYen,
              s.minEmployees, s.maxEmployees, s.minDevices, s.maxDevices, s.industries, s.minimumTermMonths,
              s.cancellation, s.ipaRegistrationNumber, s.ipaRegisteredOn, s.subsidyEligible, s.periodicConsulting,
              s.strongerMonitoring, s.measureCodes);
    }
  }

  /** An operator's decision: APPROVE or REJECT; a rejection needs a reason. */
  public record Review(String decision, String reason) {
    static ReviewInput toInput(Review r) {
      return r == null ? new ReviewInput(null, null) : new ReviewInput(r.decision, r.reason);
    }
  }

  /** Why (suspend: required; withdraw, reinstate: optional). */
  public record Reason(String reason) {
    static ReasonInput toInput(Reason r) {
      return new ReasonInput(r == null ? null : r.reason);
    }
  }
}
