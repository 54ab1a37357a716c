package jp.sukedachi.directory.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.platform.OneOf;
import jp.sukedachi.platform.PlainText;

/**
 * A service's terms as typed in the form or sent to the API. Omitted numbers count as 0 and
 * omitted yes/no answers as no; the component details may be left out while drafting (the
 * standard asks for them at submission). Upper bounds reject absurd values: ¥10M a month per
 * company, ¥1M a month per device, ¥100M one-off, ¥10bn of insurance.
 *
 * @param ipaRegisteredOn ISO date (yyyy-MM-dd)
 */
public record ServiceInput(
    @NotBlank(message = "{service.name.required}") @Size(max = 200, message = "{service.name.size}") @PlainText
        String name,
    @Size(max = 2000, message = "{service.summary.size}") @PlainText String summary,
    @NotNull(message = "{service.serviceClass.invalid}") @OneOf(value = ServiceClass.class, message = "{service.serviceClass.invalid}")
        String serviceClass,
    @NotNull(message = "{service.monitoringType.invalid}") @OneOf(value = MonitoringType.class, message = "{service.monitoringType.invalid}")
        String monitoringType,
    @Min(value = 0, message = "{service.monthlyYenPerCompany.range}") @Max(value = 10_000_000, message = "{service.monthlyYenPerCompany.range}")
        Long monthlyYenPerCompany,
    @Min(value = 0, message = "{service.monthlyYenPerDevice.range}") @Max(value = 1_000_000, message = "{service.monthlyYenPerDevice.range}")
        Long monthlyYenPerDevice,
    @Min(value = 0, message = "{service.oneOffYen.range}") @Max(value = 100_000_000, message = "{service.oneOffYen.range}")
        Long oneOffYen,
    @Min(value = 0, message = "{service.monitoredEndpoints.range}") @Max(value = 1_000_000, message = "{service.monitoredEndpoints.range}")
        Integer monitoredEndpoints,
    Boolean consultationDesk,
    @Size(max = 200, message = "{service.text.size200}") @PlainText String consultationHours,
    Boolean monitoring24h,
    Boolean onSiteDispatch,
    List<String> dispatchPrefectures,
    Boolean insurance,
    @Size(max = 200, message = "{service.text.size200}") @PlainText String insurer,
    @Min(value = 0, message = "{service.insuranceLimitYen.range}") @Max(value = 10_000_000_000L, message = "{service.insuranceLimitYen.range}")
        Long insuranceLimitYen,
    @Min(value = 0, message = "{service.employees.range}") @Max(value = 1_000_000, message = "{service.employees.range}")
        Integer minEmployees,
    @Min(value = 0, message = "{service.employees.range}") @Max(value = 1_000_000, message = "{service.employees.range}")
        Integer maxEmployees,
    @Min(value = 0, message = "{service.devices.range}") @Max(value = 1_000_000, message = "{service.devices.range}")
        Integer minDevices,
    @Min(value = 0, message = "{service.devices.range}") @Max(value = 1_000_000, message = "{service.devices.range}")
        Integer maxDevices,
    List<String> industries,
    @Min(value = 0, message = "{service.minimumTermMonths.range}") @Max(value = 120, message = "{service.minimumTermMonths.range}")
        Integer minimumTermMonths,
    @Size(max = 1000, message = "{service.cancellation.size}") @PlainText String cancellation,
    @Size(max = 40, message = "{service.ipaRegistrationNumber.size}") @PlainText String ipaRegistrationNumber,
    String ipaRegisteredOn,
    Boolean subsidyEligible,
    Boolean periodicConsulting,
    Boolean strongerMonitoring,
    List<String> measureCodes) {

  /** Nothing stated: what a missing request body means. */
  public static ServiceInput empty() {
    return new ServiceInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The input stating exactly these terms (for the edit form and demo data). */
  public static ServiceInput of(ServiceTerms t) {
    return new ServiceInput(t.name(), t.summary(), t.serviceClass().name(), t.monitoringType().name(),
        t.monthlyYenPerCompany(), t.monthlyYenPerDevice(), t.oneOffYen(), t.monitoredEndpoints(),
        t.consultationDesk(), t.consultationHours(), t.monitoring24h(), t.onSiteDispatch(),
        List.copyOf(t.dispatchPrefectures()), t.insurance(), t.insurer(), t.insuranceLimitYen(),
        t.minEmployees(), t.maxEmployees(), t.minDevices(), t.maxDevices(), List.copyOf(t.industries()),
        t.minimumTermMonths(), t.cancellation(), t.ipaRegistrationNumber(),
        t.ipaRegisteredOn() == null ? null : t.ipaRegisteredOn().toString(), t.subsidyEligible(),
        t.periodicConsulting(), t.strongerMonitoring(), List.copyOf(t.measureCodes()));
  }

  /**
   * The terms this input states. Values that are not valid (an unknown class, a date that is not
   * one) are read as not stated, so a form being filled in can be checked against the standard
   * at every change; {@link ServiceListings} validates before anything is saved.
   */
  ServiceTerms toTerms() {
    return new ServiceTerms(name == null ? "" : name, summary, constant(ServiceClass.class, serviceClass),
        constant(MonitoringType.class, monitoringType), zero(monthlyYenPerCompany), zero(monthlyYenPerDevice),
        zero(oneOffYen), (int) zero(monitoredEndpoints), yes(consultationDesk), consultationHours,
        yes(monitoring24h), yes(onSiteDispatch), set(dispatchPrefectures), yes(insurance), insurer,
        zero(insuranceLimitYen), minEmployees, maxEmployees, minDevices, maxDevices, set(industries),
        (int) zero(minimumTermMonths), cancellation, ipaRegistrationNumber, date(ipaRegisteredOn),
        yes(subsidyEligible), yes(periodicConsulting), yes(strongerMonitoring), set(measureCodes));
  }

  static LocalDate date(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static long zero(Number n) {
    return n == null ? 0 : n.longValue();
  }

  private static boolean yes(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  private static Set<String> set(List<String> values) {
    Set<String> s = new HashSet<>();
    if (values != null) {
      values.stream().filter(Objects::nonNull).map(String::strip).forEach(s::add);
    }
    return s;
  }
}
