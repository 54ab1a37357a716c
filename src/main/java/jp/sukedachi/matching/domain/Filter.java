package jp.sukedachi.matching.domain;

/** Why a published service is not offered to a company; each exclusion names one or more. */
public enum Filter {
  /** The company's prefecture is outside the service's on-site dispatch area. */
  REGION,
  /** The company's employees are outside the sizes the service takes. */
  EMPLOYEES,
  /** The company's PCs and servers are outside the device counts the service takes. */
  DEVICES,
  /** The service takes only some industries, not the company's. */
  INDUSTRY,
  /** A 2類 service where a 1類 one fits (under 50 endpoints and a 1類 service reaches it). */
  CLASS_2,
  /** Everything the service delivers is already in place or does not apply to the company. */
  NOTHING_OPEN
}
