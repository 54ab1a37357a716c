package jp.sukedachi.matching.domain;

import java.io.Serializable;
import jp.sukedachi.platform.Bilingual;

/**
 * One open plan item an expert could help with: an item of the company's current plan, not done,
 * whose measure lists {@code EXPERT} among its deliverers.
 *
 * @param measureCode the catalogue measure code, e.g. "ACC-MFA"
 * @param title the measure's title, shown in the reasons
 * @param riskYen the risk the item removes, in yen per year (from the plan item)
 * @param hours the hours the item takes (from the plan item)
 * @param needsPresence the measure needs someone on site ({@code ON_SITE_SUPPORT})
 */
public record ExpertNeed(String measureCode, Bilingual title, double riskYen, double hours,
    boolean needsPresence) implements Serializable {
  public ExpertNeed {
    if (measureCode == null || measureCode.isBlank() || title == null) {
      throw new IllegalArgumentException("A need has a measure code and a title");
    }
    if (!(riskYen >= 0) || !(hours >= 0) || Double.isInfinite(riskYen) || Double.isInfinite(hours)) {
      throw new IllegalArgumentException("A need's risk and hours are finite and not negative: " + measureCode);
    }
  }

  /** The same measure listed twice counts once, with both risks and hours; on site if either is. */
  ExpertNeed mergedWith(ExpertNeed other) {
    return new ExpertNeed(measureCode, title, riskYen + other.riskYen, hours + other.hours,
        needsPresence || other.needsPresence);
  }
}
