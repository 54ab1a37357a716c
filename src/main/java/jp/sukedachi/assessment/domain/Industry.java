package jp.sukedachi.assessment.domain;

/**
 * Industry buckets of 中小企業基本法 Art. 2 and its ordinance, with their SME limits (capital or
 * regular staff, either sufficing) and the 小規模企業者 staff limit. Mirrors table {@code industry}.
 */
public enum Industry {
  MANUFACTURING(300_000_000L, 300, 20),
  CONSTRUCTION(300_000_000L, 300, 20),
  TRANSPORT(300_000_000L, 300, 20),
  OTHER(300_000_000L, 300, 20),
  WHOLESALE(100_000_000L, 100, 5),
  RETAIL(50_000_000L, 50, 5),
  SERVICES(50_000_000L, 100, 5),
  SOFTWARE_IT(300_000_000L, 300, 5),
  RUBBER_PRODUCTS(300_000_000L, 900, 20),
  INN(50_000_000L, 200, 20);

  private final long smeCapitalLimitYen;
  private final int smeEmployeeLimit;
  private final int smallEmployeeLimit;

  Industry(long smeCapitalLimitYen, int smeEmployeeLimit, int smallEmployeeLimit) {
    this.smeCapitalLimitYen = smeCapitalLimitYen;
    this.smeEmployeeLimit = smeEmployeeLimit;
    this.smallEmployeeLimit = smallEmployeeLimit;
  }

  public long smeCapitalLimitYen() {
    return smeCapitalLimitYen;
  }

  public int smeEmployeeLimit() {
    return smeEmployeeLimit;
  }

  public int smallEmployeeLimit() {
    return smallEmployeeLimit;
  }

  /** Message key of the industry's name. */
  public String nameKey() {
    return "industry." + name();
  }
}
