package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * 重要度 (importance 1–3) of an information asset, following IPA's risk-analysis sheet: the
 * highest of its confidentiality, integrity and availability ratings, raised by personal data.
 * Our rule (the sheet's exact formula is not published): ordinary personal information makes
 * it at least 2; sensitive personal information or My Number makes it 3, since leaking them
 * carries legal liability.
 */
public final class Importance {
  private Importance() {}

  public static int of(int confidentiality, int integrity, int availability, PersonalInfo personal) {
    int highest = Math.max(confidentiality, Math.max(integrity, availability));
    return switch (personal) {
      case NONE -> highest;
      case PERSONAL -> Math.max(2, highest);
      case SENSITIVE, MY_NUMBER -> 3;
    };
  }
}
