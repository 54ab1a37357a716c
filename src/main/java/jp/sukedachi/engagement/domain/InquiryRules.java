package jp.sukedachi.engagement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.sukedachi.platform.FieldError;

/** What an SME or a provider may write in a thread: plain text, 1 to 2,000 characters. */
public final class InquiryRules {
  public static final int MAX_MESSAGE = 2000;
  /** Control characters other than line breaks and tabs. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

  private InquiryRules() {}

  /** The problems of a message in {@code field}; empty when it is fine. */
  public static List<FieldError> message(String field, String text) {
    List<FieldError> errors = new ArrayList<>();
    if (text == null || text.isBlank()) {
      errors.add(FieldError.of(field, "inquiry.message.required"));
    } else if (text.strip().codePointCount(0, text.strip().length()) > MAX_MESSAGE) {
      errors.add(FieldError.of(field, "inquiry.message.tooLong", MAX_MESSAGE));
    } else if (CONTROL.matcher(text).find()) {
      errors.add(FieldError.of(field, "inquiry.message.control"));
    }
    return errors;
  }

  /** The message as stored: without surrounding blanks, line breaks as {@code \n}. */
  public static String normalise(String text) {
    return text.strip().replace("\r\n", "\n").replace('\r', '\n');
  }
}
