package jp.sukedachi.engagement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import jp.sukedachi.engagement.application.EngagementView;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.SlotView;
import jp.sukedachi.expert.web.Times;
import jp.sukedachi.platform.Texts;

/** How both sides' pages word an expert engagement: when it is, its times, its items, the slots and months to ask for. */
@Named
@ApplicationScoped
public class EngagementTexts {
  @Inject Clock clock;

  /** The slot ("2026-12-01 10:00–12:00") or the hours in a month ("2 h in 2026-12"). */
  public String when(EngagementView e) {
    Locale locale = locale();
    if (e.slotStart() != null) {
      return Texts.message(locale, "engagement.when.slot", Times.range(locale, e.slotStart(), e.slotEnd()), e.hours());
    }
    return Texts.message(locale, "engagement.when.hours", YearMonth.from(e.month()).toString(), e.hours());
  }

  /** A free slot to choose: "2026-12-01 10:00–12:00 (2 h)". */
  public String slot(SlotView slot) {
    Locale locale = locale();
    return Texts.message(locale, "smeExperts.form.slotOption", Times.range(locale, slot.start(), slot.end()), slot.hours());
  }

  /** A month to ask hours in: "This month (2026-12)" or "Next month (2027-01)". */
  public String month(String yearMonth) {
    boolean now = yearMonth.equals(YearMonth.from(ExpertReference.today(clock)).toString());
    return Texts.message(locale(), now ? "smeExperts.form.month.this" : "smeExperts.form.month.next", yearMonth);
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
