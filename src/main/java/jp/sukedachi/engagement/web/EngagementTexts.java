package jp.sukedachi.engagement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import jp.sukedachi.engagement.application.EngagementView;
import jp.sukedachi.expert.web.Times;
import jp.sukedachi.platform.Texts;

/** How both sides' pages word an expert engagement: when it is, its times, its items. */
@Named
@ApplicationScoped
public class EngagementTexts {

  /** The slot ("2026-12-01 10:00–12:00") or the hours in a month ("2 h in 2026-12"). */
  public String when(EngagementView e) {
    Locale locale = locale();
    if (e.slotStart() != null) {
      return Texts.message(locale, "engagement.when.slot", Times.range(locale, e.slotStart(), e.slotEnd()), e.hours());
    }
    return Texts.message(locale, "engagement.when.hours", YearMonth.from(e.month()).toString(), e.hours());
  }

  public String at(Instant t) {
    return Times.at(t);
  }

  public String title(EngagementView.Item item) {
    return item.title().in(locale());
  }

  public String status(EngagementView e) {
    return Texts.message(locale(), "engagement.status." + e.status().name());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
