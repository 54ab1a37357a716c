package jp.sukedachi.matching.domain;

import java.io.Serializable;
import jp.sukedachi.guidance.domain.Offer;
import jp.sukedachi.guidance.domain.Situation;

/**
 * What the matcher knows of a company: its risk situation (size, devices, SME class, what is in
 * place), where it is, its industry and what it can spend per month.
 *
 * @param prefectureCode JIS code, e.g. "43"; null when not given
 * @param industryCode null when not given
 */
public record MatchingCompany(Situation situation, String prefectureCode, String industryCode,
    long monthlyBudgetYen) implements Serializable {

  /** The devices a service counts and charges per device: the company's PCs and servers. */
  public int endpoints() {
    return Offer.ENDPOINTS.stream().mapToInt(situation::count).sum();
  }

  public int employees() {
    return situation.employees();
  }
}
