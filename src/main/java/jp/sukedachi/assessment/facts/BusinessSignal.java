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

  public String nameKey() {
    return "signal." + name();
  }
}
