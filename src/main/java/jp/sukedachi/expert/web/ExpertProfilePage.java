package jp.sukedachi.expert.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.expert.application.ExpertProfiles;
import jp.sukedachi.expert.application.ExpertView;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * /expert/profile.xhtml: the expert's RISS registration, what it can help with, where, at what
 * rate and how many hours a month; where its verification stands (waiting, verified, rejected
 * with the operator's reason, lapsed and what to do); its rating and the SMEs' outcomes.
 */
@Named
@ViewScoped
public class ExpertProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpertProfiles profiles;
  @Inject ExpertChoices choices;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private ExpertView view;
  private ExpertProfileForm form = new ExpertProfileForm();
  private List<ExpertChoices.Option> areas;
  private List<ExpertChoices.Option> measures;
  private List<ExpertChoices.Option> prefectures;
  private List<ExpertChoices.Option> industries;
  private List<ExpertChoices.Option> languages;

  @PostConstruct
  void load() {
    Locale locale = locale();
    areas = choices.areas(locale);
    measures = choices.measures(locale);
    prefectures = choices.prefectures(locale);
    industries = choices.industries(locale);
    languages = choices.languages(locale);
    view = profiles.mine(signedIn.get()).orElse(null);
    if (view != null) {
      form = ExpertProfileForm.of(view, choices);
    }
  }

  public void save() {
    if (errors.attempt("profile", () -> view = profiles.save(signedIn.get(), form.toInput()))) {
      form = ExpertProfileForm.of(view, choices);
      errors.info(view.verified() ? "expertProfile.saved" : "expertProfile.savedPending");
    }
  }

  /** Where the verification stands: NONE (no profile yet), PENDING, VERIFIED, REJECTED or LAPSED. */
  public String getStanding() {
    if (view == null) {
      return "NONE";
    }
    return view.lapsed() ? "LAPSED" : view.status().name();
  }

  /** The SMEs' rating, or that there is none yet. */
  public String getRating() {
    return view == null || view.rating() == null ? Texts.message(locale(), "expertProfile.notRated")
        : Texts.message(locale(), "expertProfile.rating", view.rating(), view.ratingCount());
  }

  /** How the SMEs' residual risk and self-check score changed after rated engagements; empty before any. */
  public String getOutcomes() {
    if (view == null || view.outcomeCount() == 0) {
      return "";
    }
    return Texts.message(locale(), "expertProfile.outcomes", view.outcomeCount(),
        Math.round(view.averageRiskDrop() * 100), view.averageScoreGain());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public ExpertView getView() { return view; }
  public ExpertProfileForm getForm() { return form; }
  public List<ExpertChoices.Option> getAreas() { return areas; }
  public List<ExpertChoices.Option> getMeasures() { return measures; }
  public List<ExpertChoices.Option> getPrefectures() { return prefectures; }
  public List<ExpertChoices.Option> getIndustries() { return industries; }
  public List<ExpertChoices.Option> getLanguages() { return languages; }
}
