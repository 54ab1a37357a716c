package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What the matcher knows of the SME looking for an expert.
 *
 * @param prefectureCode JIS code, e.g. "43"; null when the company has not given it (then no
 *     expert can be matched for an item that needs someone on site)
 * @param region the prefecture's region code, e.g. "KYUSHU"; null when unknown
 * @param monthlyBudgetYen what the company can spend per month (yen, not negative)
 * @param needs its open plan items an expert can help with
 */
public record ExpertSeeker(String prefectureCode, String region, long monthlyBudgetYen,
    List<ExpertNeed> needs) implements Serializable {
  public ExpertSeeker {
    if (monthlyBudgetYen < 0) {
      throw new IllegalArgumentException("A monthly budget is not negative");
    }
    needs = List.copyOf(needs);
  }
}
