package jp.sukedachi.matching.domain;

import java.time.Instant;
import java.util.Set;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.directory.domain.ServiceClass;

/** Hand-made published services: a compliant 1類 network service in Kyushu, changed one field at a time. */
public record TestServices(long id, ServiceClass serviceClass, long perCompany, long perDevice, long oneOff,
    Set<String> prefectures, Set<String> measures, Integer minEmployees, Integer maxEmployees,
    Integer minDevices, Integer maxDevices, Set<String> industries, boolean subsidyEligible) {

  public static TestServices network(long id) {
    return new TestServices(id, ServiceClass.CLASS_1, 8_800, 0, 0, Set.of("40", "43"),
        Set.of("NET-UTM", "NET-LOG", "INC-01", "INC-INSURANCE"), null, null, null, null, Set.of(), false);
  }

  public TestServices price(long company, long device, long once) {
    return new TestServices(id, serviceClass, company, device, once, prefectures, measures, minEmployees,
        maxEmployees, minDevices, maxDevices, industries, subsidyEligible);
  }

  public TestServices prefectures(String... codes) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, Set.of(codes), measures,
        minEmployees, maxEmployees, minDevices, maxDevices, industries, subsidyEligible);
  }

  public TestServices measures(String... codes) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, prefectures, Set.of(codes),
        minEmployees, maxEmployees, minDevices, maxDevices, industries, subsidyEligible);
  }

  public TestServices employees(Integer min, Integer max) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, prefectures, measures, min, max,
        minDevices, maxDevices, industries, subsidyEligible);
  }

  public TestServices devices(Integer min, Integer max) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, prefectures, measures,
        minEmployees, maxEmployees, min, max, industries, subsidyEligible);
  }

  public TestServices industries(String... codes) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, prefectures, measures,
        minEmployees, maxEmployees, minDevices, maxDevices, Set.of(codes), subsidyEligible);
  }

  public TestServices subsidy(boolean eligible) {
    return new TestServices(id, serviceClass, perCompany, perDevice, oneOff, prefectures, measures,
        minEmployees, maxEmployees, minDevices, maxDevices, industries, eligible);
  }

  public TestServices class2() {
    return new TestServices(id, ServiceClass.CLASS_2, perCompany, perDevice, oneOff, prefectures, measures,
        minEmployees, maxEmployees, minDevices, maxDevices, industries, subsidyEligible);
  }

  public PublishedService build() {
    return new PublishedService(id, id * 10, 1, 1, "九州セキュア", "Service " + id, "",
        serviceClass, serviceClass == ServiceClass.CLASS_2 ? MonitoringType.COMBINED : MonitoringType.NETWORK,
        perCompany, perDevice, oneOff, serviceClass == ServiceClass.CLASS_2 ? 50 : 0, prefectures, measures,
        minEmployees, maxEmployees, minDevices, maxDevices, industries, subsidyEligible, 12, "1か月前",
        "平日9-18時", "テスト損保", 1_000_000, false, false, "IPA-" + id, "2026.1",
        Instant.parse("2026-11-01T00:00:00Z"));
  }
}
