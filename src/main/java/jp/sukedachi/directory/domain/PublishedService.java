package jp.sukedachi.directory.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A published お助け隊 service as the matcher reads it: the approved revision of a service that
 * is neither suspended nor withdrawn, with its provider. Immutable; prices are tax-exclusive yen.
 * A published revision met {@link ServiceStandard} when approved, so all four components are
 * there; their details are given.
 *
 * @param minEmployees null: no lower limit; likewise the other limits
 * @param industries industry codes; empty: every industry
 * @param minimumTermMonths 0: no minimum term
 * @param catalogueVersion the catalogue version the measure codes were checked against
 */
public record PublishedService(
    long serviceId,
    long revisionId,
    int revisionNumber,
    long providerId,
    String providerName,
    String name,
    String summary,
    ServiceClass serviceClass,
    MonitoringType monitoringType,
    long monthlyYenPerCompany,
    long monthlyYenPerDevice,
    long oneOffYen,
    int monitoredEndpoints,
    Set<String> dispatchPrefectures,
    Set<String> measureCodes,
    Integer minEmployees,
    Integer maxEmployees,
    Integer minDevices,
    Integer maxDevices,
    Set<String> industries,
    boolean subsidyEligible,
    int minimumTermMonths,
    String cancellation,
    String consultationHours,
    String insurer,
    long insuranceLimitYen,
    boolean periodicConsulting,
    boolean strongerMonitoring,
    String ipaRegistrationNumber,
    String catalogueVersion,
    Instant publishedAt)
    implements Serializable {

  public PublishedService {
    dispatchPrefectures = sorted(dispatchPrefectures);
    measureCodes = sorted(measureCodes);
    industries = sorted(industries);
  }

  /** Whether an engineer can be sent to a company in this prefecture (JIS code, e.g. "43"). */
  public boolean dispatchesTo(String prefectureCode) {
    return dispatchPrefectures.contains(prefectureCode);
  }

  public boolean supportsEmployees(int employees) {
    return within(employees, minEmployees, maxEmployees);
  }

  public boolean supportsDevices(int devices) {
    return within(devices, minDevices, maxDevices);
  }

  /** Whether the service takes companies of this industry (it takes all when it names none). */
  public boolean serves(String industryCode) {
    return industries.isEmpty() || industries.contains(industryCode);
  }

  /** The monthly fee for a company with this many monitored devices, before any subsidy. */
  public long monthlyYenFor(int devices) {
    return monthlyYenPerCompany + monthlyYenPerDevice * Math.max(0, devices);
  }

  private static Set<String> sorted(Set<String> s) {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(s));
  }

  private static boolean within(int n, Integer min, Integer max) {
    return (min == null || n >= min) && (max == null || n <= max);
  }
}
