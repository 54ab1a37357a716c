package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * A priced bundle of catalogue measures from one supplier (an お助け隊 service, an expert's
 * hours), which the planner weighs against buying the same measures one by one. It delivers the
 * measures it names that are open for the company; it is never chosen together with any of them.
 *
 * @param code a stable id of the offer, e.g. {@code SERVICE-12}
 * @param measureCodes the catalogue measures it delivers
 * @param monthlyYenPerDevice charged for each of the company's devices of {@code deviceTypes}
 * @param internalHours the company's own staff hours it still needs
 */
public record Offer(String code, Bilingual name, Set<String> measureCodes, long oneOffYen,
    long monthlyYenPerCompany, long monthlyYenPerDevice, Set<String> deviceTypes,
    double internalHours, boolean subsidyEligible) implements Serializable {

  /** The devices an endpoint service is usually priced by. */
  public static final Set<String> ENDPOINTS = Set.of("PC", "SERVER");

  public Offer {
    measureCodes = Set.copyOf(measureCodes);
    deviceTypes = Set.copyOf(deviceTypes);
    if (oneOffYen < 0 || monthlyYenPerCompany < 0 || monthlyYenPerDevice < 0 || internalHours < 0) {
      throw new IllegalArgumentException("An offer's prices and hours cannot be negative");
    }
  }

  /** The company's devices the per-device price applies to. */
  public int devices(Situation s) {
    return deviceTypes.stream().mapToInt(s::count).sum();
  }

  /** What it costs this company per month, before any subsidy. */
  public long monthlyYen(Situation s) {
    return monthlyYenPerCompany + monthlyYenPerDevice * devices(s);
  }
}
