package jp.sukedachi.guidance.domain;

import java.io.Serializable;

/**
 * What the SME can spend: yen per month, yen once, and its own staff hours, and whether to
 * count the IT導入補助金 セキュリティ対策推進枠 on eligible services.
 */
public record Budget(long monthlyYen, long oneOffYen, double hours, boolean subsidy)
    implements Serializable {
  /** Staff hours a year an owner can expect to give security: {@value #BASE_HOURS} plus {@value #HOURS_PER_EMPLOYEE} per employee, at most {@value #MAX_DEFAULT_HOURS}. */
  public static final double BASE_HOURS = 12;
  public static final double HOURS_PER_EMPLOYEE = 2;
  public static final double MAX_DEFAULT_HOURS = 240;

  /**
   * The default yearly staff hours for a company of this size: about an hour a month of the
   * owner's or an officer's time, plus two hours a year per employee for training, rules and
   * accounts (docs/risk-model.md).
   */
  public static double defaultStaffHours(int employees) {
    return Math.min(MAX_DEFAULT_HOURS, BASE_HOURS + HOURS_PER_EMPLOYEE * Math.max(0, employees));
  }

  public Budget {
    if (monthlyYen < 0 || oneOffYen < 0 || hours < 0) {
      throw new IllegalArgumentException("A budget cannot be negative");
    }
  }
}
