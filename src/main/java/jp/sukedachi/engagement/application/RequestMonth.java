package jp.sukedachi.engagement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.platform.FieldError;

/** The month a request for hours counts against: yyyy-MM, this month (default) or the next. */
final class RequestMonth {
  private RequestMonth() {}

  /** The first day of the month asked for; null (with a field error) when it is malformed or out of range. */
  static LocalDate parse(String text, Clock clock, List<FieldError> errors) {
    YearMonth now = YearMonth.from(ExpertReference.today(clock));
    YearMonth m = now;
    if (text != null && !text.isBlank()) {
      try {
        m = YearMonth.parse(text.strip());
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of("month", "engagement.month.invalid", ExpertReference.quote(text)));
        return null;
      }
    }
    if (m.isBefore(now) || m.isAfter(now.plusMonths(1))) {
      errors.add(FieldError.of("month", "engagement.month.range"));
      return null;
    }
    return ExpertReference.firstDay(m);
  }
}
