package jp.sukedachi.directory.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a provider states about a service in one revision: what it is, what it costs (integer yen,
 * tax-exclusive), the four components of the standard with their details, whom it suits, its
 * contract, its IPA registration and the catalogue measures it delivers. Sets are sorted, so two
 * terms compare equal when they say the same.
 *
 * @param minEmployees null: no lower limit; likewise the other limits
 * @param industries industry codes; empty means every industry
 * @param minimumTermMonths 0: no minimum term
 * @param insuranceLimitYen 0 when not stated
 * @param ipaRegisteredOn null until registered
 */
public record ServiceTerms(
    String name,
    String summary,
    ServiceClass serviceClass,
    MonitoringType monitoringType,
    long monthlyYenPerCompany,
    long monthlyYenPerDevice,
    long oneOffYen,
    int monitoredEndpoints,
    boolean consultationDesk,
    String consultationHours,
    boolean monitoring24h,
    boolean onSiteDispatch,
    Set<String> dispatchPrefectures,
    boolean insurance,
    String insurer,
    long insuranceLimitYen,
    Integer minEmployees,
    Integer maxEmployees,
    Integer minDevices,
    Integer maxDevices,
    Set<String> industries,
    int minimumTermMonths,
    String cancellation,
    String ipaRegistrationNumber,
    LocalDate ipaRegisteredOn,
    boolean subsidyEligible,
    boolean periodicConsulting,
    boolean strongerMonitoring,
    Set<String> measureCodes)
    implements Serializable {

  public ServiceTerms {
    summary = text(summary);
    consultationHours = text(consultationHours);
    insurer = text(insurer);
    cancellation = text(cancellation);
    ipaRegistrationNumber = text(ipaRegistrationNumber);
    dispatchPrefectures = sorted(dispatchPrefectures);
    industries = sorted(industries);
    measureCodes = sorted(measureCodes);
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static Set<String> sorted(Set<String> s) {
    return s == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(s));
  }
}
