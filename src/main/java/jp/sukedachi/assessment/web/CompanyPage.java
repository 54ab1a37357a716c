package jp.sukedachi.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.application.CompanyInput;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.application.ReferenceData;
import jp.sukedachi.assessment.domain.Industry;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/** The company-profile screen: what the SME states, and the size class it gets. */
@Named
@ViewScoped
public class CompanyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CompanyService companies;
  @Inject ReferenceData reference;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private CompanyForm form = new CompanyForm();
  private List<ReferenceData.Option> prefectures = List.of();
  private CompanyView saved;

  @PostConstruct
  void load() {
    prefectures = reference.prefectures(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    companies.mine(signedIn.get()).ifPresent(v -> {
      saved = v;
      form = CompanyForm.of(CompanyInput.of(v.profile()));
    });
  }

  public void save() {
    errors.attempt("company", () -> {
      saved = saved == null
          ? companies.register(signedIn.get(), form.toInput())
          : companies.describe(signedIn.get(), saved.id(), form.toInput());
      errors.info("company.saved");
    });
  }

  public List<String> getBasis() {
    if (saved == null) {
      return List.of();
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return saved.sizeClass().basis().stream().map(r -> Texts.message(locale, r)).toList();
  }

  public List<String> getIndustries() {
    return Arrays.stream(Industry.values()).map(Enum::name).toList();
  }

  /** The business signals an owner may tick, in a fixed order. */
  public List<String> getSignalCodes() {
    return Arrays.stream(BusinessSignal.values()).map(Enum::name).toList();
  }

  public List<ReferenceData.Option> getPrefectures() {
    return prefectures;
  }

  public CompanyView getSaved() {
    return saved;
  }

  public CompanyForm getForm() {
    return form;
  }
}
