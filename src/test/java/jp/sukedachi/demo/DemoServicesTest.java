package jp.sukedachi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.sukedachi.directory.domain.CorporateNumber;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.infrastructure.CatalogueReader;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The demo services would pass review: they meet the standard and name measures of the catalogue. */
class DemoServicesTest {

  @Test
  void theThreeDemoServicesMeetTheStandardAndReachKumamotoNationwideAndKanto() {
    List<ServiceTerms> services = DemoServices.services();
    assertThat(services).extracting(ServiceTerms::serviceClass, ServiceTerms::monitoringType).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ServiceClass.CLASS_1, MonitoringType.NETWORK),
        org.assertj.core.groups.Tuple.tuple(ServiceClass.CLASS_1, MonitoringType.ENDPOINT),
        org.assertj.core.groups.Tuple.tuple(ServiceClass.CLASS_2, MonitoringType.COMBINED));
    services.forEach(s -> assertThat(ServiceStandard.check(s)).as(s.name()).isEmpty());
    assertThat(services.get(0).dispatchPrefectures()).contains("43").doesNotContain("13");
    assertThat(services.get(1).dispatchPrefectures()).hasSize(47);
    assertThat(services.get(2).dispatchPrefectures()).contains("13").doesNotContain("43");
    assertThat(CorporateNumber.isValid("7123456789012")).isTrue();
  }

  @Test
  void everyDemoMeasureIsInTheCatalogue() {
    var db = TestDatabase.freshDatabase("demo_services_test");
    Flyway.configure().dataSource(db).locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl"))
        .load().migrate();
    Catalogue catalogue = new CatalogueReader(db).read();
    DemoServices.services().forEach(s -> s.measureCodes().forEach(code ->
        assertThat(catalogue.measure(code)).as(code).isPresent()));
  }
}
