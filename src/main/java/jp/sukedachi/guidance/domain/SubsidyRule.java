package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import jp.sukedachi.platform.Bilingual;

/**
 * The subsidy the planner can apply to the fees of measures marked subsidy-eligible (today the
 * IT導入補助金 セキュリティ対策推進枠, see docs/risk-model.md), as the catalogue states it.
 *
 * @param rate share of the fees paid to an SME
 * @param smallEnterpriseRate share paid to a 小規模企業者
 * @param capYen most paid over the subsidised months
 * @param months how many months of fees it covers
 * @param minimumClaimYen a claim over the subsidised months below this is not accepted
 * @param smeOnly whether only SMEs under 中小企業基本法 may apply
 * @param requiredMeasure the measure an applicant must have in place (the SECURITY ACTION declaration)
 */
public record SubsidyRule(Bilingual name, Rate rate, Rate smallEnterpriseRate, long capYen, int months,
    long minimumClaimYen, boolean smeOnly, String requiredMeasure) implements Serializable {

  /** A share as an exact fraction (1/2, 2/3); a share of a fee is rounded down to the yen. */
  public record Rate(int numerator, int denominator) implements Serializable {
    public Rate {
      if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
        throw new IllegalArgumentException("A subsidy rate must be in (0, 1]: " + numerator + "/" + denominator);
      }
    }

    long of(long yen) {
      return Math.floorDiv(Math.multiplyExact(yen, numerator), denominator);
    }
  }

  public SubsidyRule {
    if (months <= 0 || capYen <= 0 || minimumClaimYen < 0) {
      throw new IllegalArgumentException("A subsidy needs positive months and cap and a non-negative minimum");
    }
  }

  /**
   * The subsidy per month on a monthly fee: the company's rate of the fee, at most the cap spread
   * over the subsidised months; nothing for a firm that may not apply or when the claim over the
   * subsidised months would be under the minimum.
   */
  public long monthlyYen(long monthlyFeeYen, boolean sme, boolean smallEnterprise) {
    if (monthlyFeeYen <= 0 || smeOnly && !sme) {
      return 0;
    }
    long monthly = Math.min((smallEnterprise ? smallEnterpriseRate : rate).of(monthlyFeeYen), capYen / months);
    return monthly * months < minimumClaimYen ? 0 : monthly;
  }
}
