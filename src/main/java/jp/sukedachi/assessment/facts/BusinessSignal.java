package jp.sukedachi.assessment.facts;

/**
 * Something an SME declares about how it works that decides whether a measure is worth planning:
 * measures that depend on one appear only when the company has declared it.
 */
public enum BusinessSignal {
  /** Staff use generative AI (ChatGPT, Copilot...) for work. */
  AI_USE,
  /** Customers pay by card at a terminal or online. */
  CARD_PAYMENT,
  /** Customers, patients or visitors are offered the company's Wi-Fi. */
  GUEST_WIFI,
  /** Staff work from home or on the road with company data. */
  TELEWORK,
  /** Staff share logins (one ID and password used by several people). */
  SHARED_ACCOUNTS;

  /** The signal a code names, if any (codes come from requests and the catalogue). */
  public static java.util.Optional<BusinessSignal> named(String code) {
    for (BusinessSignal s : values()) {
      if (s.name().equals(code)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  public String nameKey() {
    return "signal." + name();
  }
}
