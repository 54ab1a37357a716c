package jp.sukedachi.notification.domain;

import java.util.regex.Pattern;

/**
 * Makes text that came from a person (a company name, a message) safe to put into a sentence of
 * a notification, a mail's body or its subject: control characters, line and paragraph
 * separators and bidirectional overrides become spaces, runs of space become one, and overlong
 * text is cut. A line break can then neither start a new mail header nor forge a line of the
 * body, and reordering characters cannot disguise what the text says.
 */
public final class UserText {
  private static final Pattern UNSAFE =
      Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]{2,}|\\s");
  private static final String ELLIPSIS = "…";

  private UserText() {}

  /** One line of at most {@code maxCodePoints} code points (an ellipsis marks a cut). */
  public static String oneLine(String text, int maxCodePoints) {
    if (text == null) {
      return "";
    }
    String flat = SPACES.matcher(UNSAFE.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    if (flat.codePointCount(0, flat.length()) <= maxCodePoints) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, maxCodePoints - 1);
    return flat.substring(0, end).strip() + ELLIPSIS;
  }
}
