package jp.sukedachi.guidance.domain;

import java.io.Serializable;

/**
 * What the SME can spend: yen per month, yen once, and its own staff hours, and whether to
 * count the IT導入補助金 セキュリティ対策推進枠 on eligible services.
 */
public record Budget(long monthlyYen, long oneOffYen, double hours, boolean subsidy)
    implements Serializable {
  public Budget {
    if (monthlyYen < 0 || oneOffYen < 0 || hours < 0) {
      throw new IllegalArgumentException("A budget cannot be negative");
    }
  }
}
