package jp.sukedachi.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.matching.application.ExpertIndex;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.matching.domain.ExpertMatch;
import jp.sukedachi.matching.domain.ExpertNeed;
import jp.sukedachi.matching.domain.Fallback;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The matches part of /sme/experts.xhtml: the company's open plan items an expert can help with
 * and the verified experts ranked for them, each with every reason, its rate, rating and free
 * hours and slots in the period the SME chooses; when nobody fits, why, and the fallback (experts
 * of the region, or remote ones) with its reasons.
 */
@Named
@ViewScoped
public class ExpertsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpertMatches matches;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;
  @Inject Clock clock;

  private Long companyId;
  private ExpertMatches.ExpertMatchView shown;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    from = ExpertReference.today(clock);
    to = from.plusDays(ExpertIndex.DEFAULT_WINDOW.toDays());
    if (companyId != null) {
      errors.attempt("window", () -> shown = matches.matches(signedIn.get(), companyId, null, null));
    }
  }

  /** Ranks again for free slots between the two days chosen (from the start of the first to the end of the second). */
  public void update() {
    Instant start = from == null ? null : from.atStartOfDay(ExpertReference.JAPAN).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ExpertReference.JAPAN).toInstant();
    errors.attempt("window", () -> shown = matches.matches(signedIn.get(), companyId, start, end));
  }

  public boolean isHasCompany() {
    return companyId != null && shown != null;
  }

  public List<ExpertNeed> getNeeds() { return shown.needs(); }
  public List<ExpertMatch> getMatches() { return shown.result().matches(); }
  public List<Reason> getWhyNone() { return shown.result().whyNone(); }
  public Fallback getFallback() { return shown.result().fallback(); }

  public String text(Reason reason) {
    return Texts.message(locale(), reason);
  }

  public String title(ExpertNeed need) {
    return need.title().in(locale());
  }

  /** A need as "about ¥120,000 a year, about 4 h". */
  public String need(ExpertNeed need) {
    return Texts.message(locale(), "smeExperts.need", Math.round(need.riskYen()), need.hours());
  }

  public String rate(ExpertMatch m) {
    long rate = m.expert().hourlyRateYen();
    return rate == 0 ? Texts.message(locale(), "smeExperts.free") : Texts.message(locale(), "smeExperts.rateValue", rate);
  }

  public String rating(ExpertMatch m) {
    return m.expert().rated()
        ? Texts.message(locale(), "smeExperts.ratingValue", m.expert().ratingAverage(), m.expert().ratingCount())
        : Texts.message(locale(), "smeExperts.notRated");
  }

  public String hours(ExpertMatch m) {
    return Texts.message(locale(), "smeExperts.hoursValue", m.expert().freeHours(), m.expert().monthlyHours());
  }

  public String risk(ExpertMatch m) {
    return Texts.message(locale(), "smeExperts.riskValue", Math.round(m.riskCoveredYen()));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
}
