package jp.sukedachi.directory.domain;

import java.util.regex.Pattern;

/** The 47 prefecture codes of JIS X 0401 ("01" Hokkaido … "47" Okinawa). */
public final class Prefectures {
  private static final Pattern CODE = Pattern.compile("0[1-9]|[1-3][0-9]|4[0-7]");

  private Prefectures() {}

  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }
}
