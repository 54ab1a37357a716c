package jp.sukedachi.directory.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/** Test terms: by default a compliant 1類 network-wide service at the price cap; change what a case needs. */
final class Terms {
  String name = "九州あんしんネット";
  String summary = "";
  ServiceClass serviceClass = ServiceClass.CLASS_1;
  MonitoringType monitoringType = MonitoringType.NETWORK;
  long monthlyYenPerCompany = 10_000;
  long monthlyYenPerDevice = 0;
  long oneOffYen = 30_000;
  int monitoredEndpoints = 20;
  boolean consultationDesk = true;
  String consultationHours = "平日 9:00–18:00";
  boolean monitoring24h = true;
  boolean onSiteDispatch = true;
  Set<String> dispatchPrefectures = Set.of("40", "43");
  boolean insurance = true;
  String insurer = "あんしん損害保険";
  long insuranceLimitYen = 3_000_000;
  Integer minEmployees = null;
  Integer maxEmployees = 300;
  Integer minDevices = 1;
  Integer maxDevices = 100;
  Set<String> industries = Set.of();
  int minimumTermMonths = 12;
  String cancellation = "1か月前までに書面で通知";
  String ipaRegistrationNumber = "OT-2023-0042";
  LocalDate ipaRegisteredOn = LocalDate.of(2023, 2, 20);
  boolean subsidyEligible = true;
  boolean periodicConsulting = false;
  boolean strongerMonitoring = false;
  Set<String> measureCodes = Set.of("NET-UTM", "INC-INSURANCE");

  static ServiceTerms compliant() {
    return new Terms().build();
  }

  static ServiceTerms with(Consumer<Terms> change) {
    Terms t = new Terms();
    change.accept(t);
    return t.build();
  }

  /** A compliant 2類 combined service, before the case's change. */
  static ServiceTerms class2(Consumer<Terms> change) {
    return with(t -> {
      t.serviceClass = ServiceClass.CLASS_2;
      t.monitoringType = MonitoringType.COMBINED;
      t.monthlyYenPerCompany = 50_000;
      t.monthlyYenPerDevice = 3_000;
      t.monitoredEndpoints = 50;
      t.periodicConsulting = true;
      t.strongerMonitoring = true;
      change.accept(t);
    });
  }

  ServiceTerms build() {
    return new ServiceTerms(name, summary, serviceClass, monitoringType, monthlyYenPerCompany,
        monthlyYenPerDevice, oneOffYen, monitoredEndpoints, consultationDesk, consultationHours,
        monitoring24h, onSiteDispatch, dispatchPrefectures, insurance, insurer, insuranceLimitYen,
        minEmployees, maxEmployees, minDevices, maxDevices, industries, minimumTermMonths,
        cancellation, ipaRegistrationNumber, ipaRegisteredOn, subsidyEligible, periodicConsulting,
        strongerMonitoring, measureCodes);
  }
}
