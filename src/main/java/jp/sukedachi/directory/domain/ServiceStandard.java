package jp.sukedachi.directory.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Reason;

/**
 * Checks a service's terms against the お助け隊 service standard: the 1類 price caps
 * (¥10,000 per company per month for network-wide monitoring, ¥2,000 per device per month for
 * endpoint monitoring; a combined service meets both), 50 monitored endpoints for a 2類
 * network-wide or combined service, all four components with their details, 2類's extras, the IPA
 * registration, and the measures it delivers. 2類 prices are not capped: the sources say only
 * that the 1類 caps are relaxed (directory-facts.md A.6).
 */
public final class ServiceStandard {
  public static final long CLASS1_NETWORK_MONTHLY_CAP_YEN = 10_000;
  public static final long CLASS1_ENDPOINT_DEVICE_CAP_YEN = 2_000;
  public static final int CLASS2_MINIMUM_ENDPOINTS = 50;

  private ServiceStandard() {}

  /** One failed rule, about one field of the terms, with the arguments of its failure text. */
  public record Violation(StandardRule rule, String field, List<Object> args) implements Serializable {
    public Violation {
      args = List.copyOf(args);
    }

    public Reason title() {
      return Reason.of(rule.titleKey());
    }

    public Reason failure() {
      return new Reason(rule.failedKey(field), args);
    }

    public Reason why() {
      return Reason.of(rule.whyKey());
    }
  }

  /** Every failed rule, in the order of {@link StandardRule}; empty when the terms comply. */
  public static List<Violation> check(ServiceTerms t) {
    List<Violation> out = new ArrayList<>();
    boolean class1 = t.serviceClass() == ServiceClass.CLASS_1;
    boolean class2 = t.serviceClass() == ServiceClass.CLASS_2;
    MonitoringType type = t.monitoringType();
    if (class1 && type != null && type.watchesNetwork() && t.monthlyYenPerCompany() > CLASS1_NETWORK_MONTHLY_CAP_YEN) {
      out.add(violation(StandardRule.CLASS1_NETWORK_PRICE_CAP, "monthlyYenPerCompany",
          t.monthlyYenPerCompany(), CLASS1_NETWORK_MONTHLY_CAP_YEN));
    }
    if (class1 && type != null && type.watchesEndpoints() && t.monthlyYenPerDevice() > CLASS1_ENDPOINT_DEVICE_CAP_YEN) {
      out.add(violation(StandardRule.CLASS1_ENDPOINT_PRICE_CAP, "monthlyYenPerDevice",
          t.monthlyYenPerDevice(), CLASS1_ENDPOINT_DEVICE_CAP_YEN));
    }
    if (class2 && type != null && type.watchesNetwork() && t.monitoredEndpoints() < CLASS2_MINIMUM_ENDPOINTS) {
      out.add(violation(StandardRule.CLASS2_MINIMUM_ENDPOINTS, "monitoredEndpoints",
          t.monitoredEndpoints(), CLASS2_MINIMUM_ENDPOINTS));
    }
    components(t, out);
    if (class2 && !t.periodicConsulting()) {
      out.add(violation(StandardRule.CLASS2_EXTRAS, "periodicConsulting"));
    }
    if (class2 && !t.strongerMonitoring()) {
      out.add(violation(StandardRule.CLASS2_EXTRAS, "strongerMonitoring"));
    }
    if (t.ipaRegistrationNumber().isEmpty()) {
      out.add(violation(StandardRule.IPA_REGISTRATION, "ipaRegistrationNumber"));
    }
    if (t.ipaRegisteredOn() == null) {
      out.add(violation(StandardRule.IPA_REGISTRATION, "ipaRegisteredOn"));
    }
    if (t.measureCodes().isEmpty()) {
      out.add(violation(StandardRule.MEASURES_STATED, "measureCodes"));
    }
    return List.copyOf(out);
  }

  private static void components(ServiceTerms t, List<Violation> out) {
    if (!t.consultationDesk()) {
      out.add(violation(StandardRule.CONSULTATION_DESK, "consultationDesk"));
    } else if (t.consultationHours().isEmpty()) {
      out.add(violation(StandardRule.CONSULTATION_DESK, "consultationHours"));
    }
    if (!t.monitoring24h()) {
      out.add(violation(StandardRule.MONITORING_24H, "monitoring24h"));
    }
    if (!t.onSiteDispatch()) {
      out.add(violation(StandardRule.ON_SITE_DISPATCH, "onSiteDispatch"));
    } else if (t.dispatchPrefectures().isEmpty()) {
      out.add(violation(StandardRule.ON_SITE_DISPATCH, "dispatchPrefectures"));
    }
    if (!t.insurance()) {
      out.add(violation(StandardRule.SIMPLE_INSURANCE, "insurance"));
    } else {
      if (t.insurer().isEmpty()) {
        out.add(violation(StandardRule.SIMPLE_INSURANCE, "insurer"));
      }
      if (t.insuranceLimitYen() <= 0) {
        out.add(violation(StandardRule.SIMPLE_INSURANCE, "insuranceLimitYen"));
      }
    }
  }

  public static boolean complies(ServiceTerms t) {
    return check(t).isEmpty();
  }

  /**
   * Throws the failed rules as field errors, each text naming its rule, so a provider (or a
   * REST client) sees exactly which rule failed and on which field.
   */
  public static void requireMet(ServiceTerms t) {
    List<Violation> failed = check(t);
    if (!failed.isEmpty()) {
      throw new InvalidInputException(failed.stream()
          .map(v -> FieldError.of(v.field(), "standard.violation", v.title(), v.failure()))
          .toList());
    }
  }

  private static Violation violation(StandardRule rule, String field, Object... args) {
    return new Violation(rule, field, Arrays.asList(args));
  }
}
