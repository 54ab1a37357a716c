package jp.sukedachi.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.matching.application.ComparisonView;
import jp.sukedachi.matching.application.ServiceMatches;
import jp.sukedachi.matching.domain.ExcludedService;
import jp.sukedachi.matching.domain.ServiceMatch;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/** The SME's お助け隊 services: ranked matches with reasons, the top three compared in its plan, the excluded ones. */
@Named
@ViewScoped
public class ServicesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** How many of the best matches are compared in the plan. */
  static final int COMPARED = 3;

  @Inject ServiceMatches matches;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private ServiceMatches.MatchesWithComparisons shown;

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    if (companyId != null) {
      errors.attempt("services", () -> shown = matches.matchesWithComparisons(signedIn.get(), companyId, COMPARED));
    }
  }

  public boolean isHasCompany() {
    return companyId != null && shown != null;
  }

  public List<ServiceMatch> getMatches() {
    return shown.view().result().matches();
  }

  public List<ExcludedService> getExcluded() {
    return shown.view().result().excluded();
  }

  /** The comparison of a match: one when it is among the first {@value #COMPARED}, else none. */
  public List<ComparisonView> comparisons(ServiceMatch m) {
    return shown.comparisons().stream().filter(c -> c.match().service().serviceId() == m.service().serviceId())
        .toList();
  }

  public String text(Reason reason) {
    return Texts.message(locale(), reason);
  }

  public String yen(long amount) {
    return Texts.message(locale(), "match.yen", amount);
  }

  public String percent(double share) {
    return Texts.message(locale(), "match.percent", Math.round(share * 100));
  }

  public String risk(double risk) {
    return String.format(Locale.ROOT, "%.2f", risk);
  }

  public String title(Plan.Item item) {
    return item.measure().title().in(locale());
  }

  public String serviceClass(ServiceMatch m) {
    return Texts.message(locale(), "match.class." + m.service().serviceClass().name());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
