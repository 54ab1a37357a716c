package jp.sukedachi.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case on each side of every rule of the standard. */
class ServiceStandardTest {

  private static Arguments passes(String name, ServiceTerms terms) {
    return arguments(name, terms, null, null);
  }

  private static Arguments fails(String name, ServiceTerms terms, StandardRule rule, String field) {
    return arguments(name, terms, rule, field);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        passes("1類 network at ¥10,000 a month", Terms.with(t -> t.monthlyYenPerCompany = 10_000)),
        fails("1類 network at ¥10,001 a month", Terms.with(t -> t.monthlyYenPerCompany = 10_001),
            StandardRule.CLASS1_NETWORK_PRICE_CAP, "monthlyYenPerCompany"),
        passes("1類 combined at ¥10,000 a company and ¥2,000 a device", Terms.with(t -> {
          t.monitoringType = MonitoringType.COMBINED;
          t.monthlyYenPerDevice = 2_000;
        })),
        fails("1類 combined at ¥10,001 a company", Terms.with(t -> {
          t.monitoringType = MonitoringType.COMBINED;
          t.monthlyYenPerCompany = 10_001;
        }), StandardRule.CLASS1_NETWORK_PRICE_CAP, "monthlyYenPerCompany"),
        fails("1類 combined at ¥2,001 a device", Terms.with(t -> {
          t.monitoringType = MonitoringType.COMBINED;
          t.monthlyYenPerDevice = 2_001;
        }), StandardRule.CLASS1_ENDPOINT_PRICE_CAP, "monthlyYenPerDevice"),
        passes("1類 endpoint at ¥2,000 a device (a company fee is not capped)", Terms.with(t -> {
          t.monitoringType = MonitoringType.ENDPOINT;
          t.monthlyYenPerDevice = 2_000;
          t.monthlyYenPerCompany = 20_000;
        })),
        fails("1類 endpoint at ¥2,001 a device", Terms.with(t -> {
          t.monitoringType = MonitoringType.ENDPOINT;
          t.monthlyYenPerDevice = 2_001;
        }), StandardRule.CLASS1_ENDPOINT_PRICE_CAP, "monthlyYenPerDevice"),
        passes("2類 is not capped", Terms.class2(t -> {
          t.monthlyYenPerCompany = 200_000;
          t.monthlyYenPerDevice = 5_000;
        })),
        passes("2類 combined watching 50 endpoints", Terms.class2(t -> t.monitoredEndpoints = 50)),
        fails("2類 combined watching 49 endpoints", Terms.class2(t -> t.monitoredEndpoints = 49),
            StandardRule.CLASS2_MINIMUM_ENDPOINTS, "monitoredEndpoints"),
        fails("2類 network watching 49 endpoints", Terms.class2(t -> {
          t.monitoringType = MonitoringType.NETWORK;
          t.monitoredEndpoints = 49;
        }), StandardRule.CLASS2_MINIMUM_ENDPOINTS, "monitoredEndpoints"),
        passes("2類 endpoint type needs no minimum", Terms.class2(t -> {
          t.monitoringType = MonitoringType.ENDPOINT;
          t.monitoredEndpoints = 10;
        })),
        passes("1類 network watching few endpoints", Terms.with(t -> t.monitoredEndpoints = 5)),
        fails("no consultation desk", Terms.with(t -> t.consultationDesk = false),
            StandardRule.CONSULTATION_DESK, "consultationDesk"),
        fails("a desk without hours", Terms.with(t -> t.consultationHours = "  "),
            StandardRule.CONSULTATION_DESK, "consultationHours"),
        fails("no 24-hour monitoring", Terms.with(t -> t.monitoring24h = false),
            StandardRule.MONITORING_24H, "monitoring24h"),
        fails("no on-site dispatch", Terms.with(t -> t.onSiteDispatch = false),
            StandardRule.ON_SITE_DISPATCH, "onSiteDispatch"),
        fails("dispatch to no prefecture", Terms.with(t -> t.dispatchPrefectures = Set.of()),
            StandardRule.ON_SITE_DISPATCH, "dispatchPrefectures"),
        passes("dispatch to one prefecture", Terms.with(t -> t.dispatchPrefectures = Set.of("43"))),
        fails("no insurance", Terms.with(t -> t.insurance = false),
            StandardRule.SIMPLE_INSURANCE, "insurance"),
        fails("insurance without an insurer", Terms.with(t -> t.insurer = ""),
            StandardRule.SIMPLE_INSURANCE, "insurer"),
        fails("insurance without a limit", Terms.with(t -> t.insuranceLimitYen = 0),
            StandardRule.SIMPLE_INSURANCE, "insuranceLimitYen"),
        passes("insurance with a ¥1 limit", Terms.with(t -> t.insuranceLimitYen = 1)),
        fails("2類 without periodic consulting", Terms.class2(t -> t.periodicConsulting = false),
            StandardRule.CLASS2_EXTRAS, "periodicConsulting"),
        fails("2類 without stronger monitoring", Terms.class2(t -> t.strongerMonitoring = false),
            StandardRule.CLASS2_EXTRAS, "strongerMonitoring"),
        passes("1類 needs neither extra", Terms.with(t -> {
          t.periodicConsulting = false;
          t.strongerMonitoring = false;
        })),
        fails("no IPA registration number", Terms.with(t -> t.ipaRegistrationNumber = ""),
            StandardRule.IPA_REGISTRATION, "ipaRegistrationNumber"),
        fails("no IPA registration date", Terms.with(t -> t.ipaRegisteredOn = null),
            StandardRule.IPA_REGISTRATION, "ipaRegisteredOn"),
        fails("no measures", Terms.with(t -> t.measureCodes = Set.of()),
            StandardRule.MEASURES_STATED, "measureCodes"),
        passes("one measure", Terms.with(t -> t.measureCodes = Set.of("NET-UTM"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleOnBothSides(String name, ServiceTerms terms, StandardRule rule, String field) {
    List<ServiceStandard.Violation> failed = ServiceStandard.check(terms);
    if (rule == null) {
      assertThat(failed).isEmpty();
      assertThat(ServiceStandard.complies(terms)).isTrue();
    } else {
      assertThat(failed).extracting(ServiceStandard.Violation::rule, ServiceStandard.Violation::field)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, field));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFailureIsExplainedInJapaneseAndEnglish(String name, ServiceTerms terms, StandardRule rule, String field) {
    for (ServiceStandard.Violation v : ServiceStandard.check(terms)) {
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        assertThat(Texts.message(locale, v.title())).isNotBlank();
        assertThat(Texts.message(locale, v.failure())).isNotBlank().doesNotContain("{");
        assertThat(Texts.message(locale, v.why())).isNotBlank();
      }
    }
  }

  @Test
  void everyRuleHasATitleAndAnExplanationInBothLanguages() {
    for (StandardRule rule : StandardRule.values()) {
      assertThat(Texts.message(Locale.JAPANESE, rule.titleKey()))
          .isNotEqualTo(Texts.message(Locale.ENGLISH, rule.titleKey()));
      assertThat(Texts.message(Locale.ENGLISH, rule.whyKey())).isNotBlank();
    }
  }

  @Test
  void aServiceFailingManyRulesHearsOfEachInTheOrderOfTheStandard() {
    ServiceTerms bad = Terms.with(t -> {
      t.monthlyYenPerCompany = 12_000;
      t.monitoring24h = false;
      t.insurance = false;
      t.ipaRegistrationNumber = "";
    });
    assertThat(ServiceStandard.check(bad)).extracting(ServiceStandard.Violation::rule).containsExactly(
        StandardRule.CLASS1_NETWORK_PRICE_CAP, StandardRule.MONITORING_24H, StandardRule.SIMPLE_INSURANCE,
        StandardRule.IPA_REGISTRATION);
    assertThatThrownBy(() -> ServiceStandard.requireMet(bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> {
          assertThat(e.errors()).extracting(f -> f.field())
              .containsExactly("monthlyYenPerCompany", "monitoring24h", "insurance", "ipaRegistrationNumber");
          assertThat(e.errors().get(0).message().in(Locale.JAPANESE)).contains("1類").contains("12,000")
              .contains("10,000");
          assertThat(e.errors().get(0).message().in(Locale.ENGLISH)).contains("Type 1").contains("12,000");
        });
  }
}
