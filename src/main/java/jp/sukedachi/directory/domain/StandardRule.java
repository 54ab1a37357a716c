package jp.sukedachi.directory.domain;

/**
 * The named rules a service must meet before it can be published: the お助け隊 service standard
 * (domain.md §1.2–1.3) and what the platform needs to reason about a service. Each has a title,
 * an explanation and a failure text in the {@code messages} bundle
 * ({@code standard.<RULE>.title}, {@code .why}, and {@code .<field>} for its failure on a field).
 */
public enum StandardRule {
  /** 1類 network-wide (and combined) monitoring: at most ¥10,000 per company per month. */
  CLASS1_NETWORK_PRICE_CAP,
  /** 1類 endpoint (and combined) monitoring: at most ¥2,000 per device per month. */
  CLASS1_ENDPOINT_PRICE_CAP,
  /** 2類 network-wide or combined monitoring watches at least 50 endpoints. */
  CLASS2_MINIMUM_ENDPOINTS,
  /** A consultation desk, with its opening hours stated. */
  CONSULTATION_DESK,
  /** 24-hour anomaly monitoring with detection and notification. */
  MONITORING_24H,
  /** On-site dispatch on request (remote help alone is not enough), to stated prefectures. */
  ON_SITE_DISPATCH,
  /** Simple cyber insurance from a named insurer, with its limit. */
  SIMPLE_INSURANCE,
  /** 2類 adds periodic consulting and stronger monitoring. */
  CLASS2_EXTRAS,
  /** The service is registered with IPA: number and date. */
  IPA_REGISTRATION,
  /** The service names the catalogue measures it delivers. */
  MEASURES_STATED;

  public String titleKey() {
    return "standard." + name() + ".title";
  }

  public String whyKey() {
    return "standard." + name() + ".why";
  }

  /** The failure text of this rule on one field of the terms. */
  public String failedKey(String field) {
    return "standard." + name() + "." + field;
  }
}
