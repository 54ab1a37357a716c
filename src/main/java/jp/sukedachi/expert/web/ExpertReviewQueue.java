package jp.sukedachi.expert.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertReviewInput;
import jp.sukedachi.expert.application.ExpertView;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * /admin/experts.xhtml: the operators' queue of expert registrations waiting for verification,
 * the longest waiting first, each with its RISS number linked to IPA's public record; approve
 * once the record is checked (what was checked is kept as evidence), or reject with a reason the
 * expert reads.
 */
@Named
@ViewScoped
public class ExpertReviewQueue implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpertProfiles profiles;
  @Inject ExpertChoices choices;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;
  @Inject Clock clock;

  private List<ExpertView> queue = List.of();
  private final Map<Long, Boolean> checked = new HashMap<>();
  private final Map<Long, String> notes = new HashMap<>();
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    queue = profiles.pending(signedIn.get());
  }

  /** Approves a registration whose public record the operator ticked as checked. */
  public void approve(long expertId) {
    if (!Boolean.TRUE.equals(checked.get(expertId))) {
      errors.show("queue", InvalidInputException.of("checked", "expertReview.checkFirst"));
      return;
    }
    ExpertView e = queue.stream().filter(v -> v.id() == expertId).findFirst().orElse(null);
    String note = notes.get(expertId);
    String evidence = note != null && !note.isBlank() ? note.strip()
        : Texts.message(locale(), "expertReview.evidence.default", e == null ? "" : e.publicRecord(),
            ExpertReference.today(clock).toString());
    decide(expertId, new ExpertReviewInput("APPROVE", null, evidence), "expertReview.approved");
  }

  public void reject(long expertId) {
    decide(expertId, new ExpertReviewInput("REJECT", reasons.get(expertId), notes.get(expertId)),
        "expertReview.rejected");
  }

  private void decide(long expertId, ExpertReviewInput input, String done) {
    if (errors.attempt("queue", () -> profiles.review(signedIn.get(), expertId, input))) {
      errors.info(done);
      checked.remove(expertId);
      notes.remove(expertId);
      reasons.remove(expertId);
    }
    load();
  }

  /** The skills as words: area names and measure titles. */
  public String skills(ExpertView e) {
    Locale locale = locale();
    return String.join(Texts.message(locale, "expertProfile.listSeparator"),
        e.skills().stream().map(s -> choices.skill(locale, s)).toList());
  }

  /** Where the expert works: online, on site in the prefectures named, or both. */
  public String reach(ExpertView e) {
    Locale locale = locale();
    String prefectures = String.join(Texts.message(locale, "expertProfile.listSeparator"),
        e.prefectures().stream().map(p -> Texts.message(locale, "match.prefecture." + p)).toList());
    String key = e.remote() && e.onSite() ? "expertReview.reach.both" : e.onSite() ? "expertReview.reach.onSite"
        : "expertReview.reach.remote";
    return Texts.message(locale, key, prefectures);
  }

  /** Codes named with their labels from the bundle (industries, languages), or "none". */
  public String named(List<String> codes, String prefix) {
    Locale locale = locale();
    return codes.isEmpty() ? Texts.message(locale, "expertReview.none")
        : String.join(Texts.message(locale, "expertProfile.listSeparator"),
            codes.stream().map(c -> Texts.message(locale, prefix + c)).toList());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public List<ExpertView> getQueue() { return queue; }
  public Map<Long, Boolean> getChecked() { return checked; }
  public Map<Long, String> getNotes() { return notes; }
  public Map<Long, String> getReasons() { return reasons; }
}
