package jp.sukedachi.expert.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.platform.Texts;

/** Times of slots, deadlines and requests as the pages show them: in Japan time, to the minute. */
public final class Times {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ExpertReference.JAPAN);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ExpertReference.JAPAN);

  private Times() {}

  /** "2026-12-01 10:00"; empty for none. */
  public static String at(Instant t) {
    return t == null ? "" : SHOWN.format(t);
  }

  /** "2026-12-01 10:00–12:00": the end without its date when it falls on the same day. */
  public static String range(Locale locale, Instant from, Instant to) {
    boolean sameDay = from.atZone(ExpertReference.JAPAN).toLocalDate()
        .equals(to.atZone(ExpertReference.JAPAN).toLocalDate());
    return Texts.message(locale, "expertSlots.range", SHOWN.format(from), (sameDay ? HOUR : SHOWN).format(to));
  }
}
