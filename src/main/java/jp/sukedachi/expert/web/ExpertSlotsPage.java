package jp.sukedachi.expert.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.application.ExpertView;
import jp.sukedachi.expert.application.SlotInput;
import jp.sukedachi.expert.application.SlotView;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * /expert/slots.xhtml: the expert offers bookable slots (start and end in Japan time), sees the
 * upcoming ones with whether a request or booking holds each, and removes a free one.
 */
@Named
@ViewScoped
public class ExpertSlotsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpertSlots slots;
  @Inject ExpertProfiles profiles;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private ExpertView profile;
  private List<SlotView> upcoming = List.of();
  private LocalDateTime start;
  private LocalDateTime end;

  @PostConstruct
  void load() {
    profile = profiles.mine(signedIn.get()).orElse(null);
    if (profile != null) {
      upcoming = slots.mine(signedIn.get());
    }
  }

  public void add() {
    SlotInput input = new SlotInput(iso(start), iso(end));
    if (errors.attempt("slot", () -> slots.add(signedIn.get(), input))) {
      errors.info("expertSlots.added");
      start = null;
      end = null;
      load();
    }
  }

  public void remove(long slotId) {
    if (errors.attempt("slots", () -> slots.remove(signedIn.get(), slotId))) {
      errors.info("expertSlots.removed");
    }
    load();
  }

  /** A slot's time as "2026-12-01 10:00–12:00" in Japan time. */
  public String when(SlotView s) {
    return Times.range(FacesContext.getCurrentInstance().getViewRoot().getLocale(), s.start(), s.end());
  }

  /** A time typed in Japan time, as the ISO-8601 text with offset that the service reads. */
  private static String iso(LocalDateTime t) {
    return t == null ? null : t.atZone(ExpertReference.JAPAN).toOffsetDateTime().toString();
  }

  public boolean isHasProfile() { return profile != null; }
  public ExpertView getProfile() { return profile; }
  public List<SlotView> getUpcoming() { return upcoming; }
  public LocalDateTime getStart() { return start; }
  public void setStart(LocalDateTime v) { start = v; }
  public LocalDateTime getEnd() { return end; }
  public void setEnd(LocalDateTime v) { end = v; }
}
