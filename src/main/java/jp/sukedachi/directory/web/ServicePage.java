package jp.sukedachi.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.directory.application.DirectoryReference;
import jp.sukedachi.directory.application.ReasonInput;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.directory.application.ServiceView;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.platform.NotFoundException;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The provider's service form: at every change it says which rule of the standard the terms
 * fail, next to the field; it saves a draft, submits it for review, or withdraws the service.
 */
@Named
@ViewScoped
public class ServicePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ServiceListings listings;
  @Inject DirectoryReference reference;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private ServiceView view;
  private ServiceForm form = new ServiceForm();
  private List<ServiceStandard.Violation> violations = List.of();
  private List<DirectoryReference.Option> prefectures;
  private List<DirectoryReference.Option> industries;
  private List<DirectoryReference.Option> measures;

  @PostConstruct
  void load() {
    Locale locale = locale();
    prefectures = reference.prefectures(locale);
    industries = reference.industries(locale);
    measures = reference.measures(locale);
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("service", () -> {
        ServiceView found = listings.get(signedIn.get(), Long.parseLong(id));
        if (!found.full()) { // another provider's published service: not this provider's to edit
          throw new NotFoundException("error.service-not-found");
        }
        view = found;
        form = ServiceForm.of(view.terms());
      });
    }
    recheck();
  }

  /** Checks the terms as typed against the standard (called at every change). */
  public void recheck() {
    violations = listings.check(form.toInput());
  }

  public void save() {
    if (errors.attempt("service", () -> view = view == null
        ? listings.create(signedIn.get(), form.toInput())
        : listings.edit(signedIn.get(), view.id(), form.toInput()))) {
      errors.info("service.saved");
    }
    recheck();
  }

  public void submit() {
    if (errors.attempt("service", () -> {
      view = view == null ? listings.create(signedIn.get(), form.toInput())
          : listings.edit(signedIn.get(), view.id(), form.toInput());
      view = listings.submit(signedIn.get(), view.id());
    })) {
      errors.info("service.submitted");
    }
    recheck();
  }

  public void withdraw() {
    if (errors.attempt("service", () -> view = listings.withdraw(signedIn.get(), view.id(), new ReasonInput(null)))) {
      errors.info("service.withdrawn");
    }
  }

  /** The rules the terms fail on one field, as "title: what to do", in the page's language. */
  public List<String> rulesFor(String field) {
    Locale locale = locale();
    return violations.stream().filter(v -> v.field().equals(field))
        .map(v -> Texts.message(locale, "standard.violation", v.title(), v.failure())).toList();
  }

  /** Every failed rule with its explanation, for the summary beside the form. */
  public List<String[]> getFailedRules() {
    Locale locale = locale();
    return violations.stream().map(v -> new String[] {Texts.message(locale, v.title()),
        Texts.message(locale, v.failure()), Texts.message(locale, v.why())}).toList();
  }

  public boolean isEditable() {
    return view == null || switch (view.status()) {
      case SUBMITTED, WITHDRAWN -> false;
      default -> true;
    };
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public ServiceView getView() { return view; }
  public ServiceForm getForm() { return form; }
  public boolean isCompliant() { return violations.isEmpty(); }
  public List<DirectoryReference.Option> getPrefectures() { return prefectures; }
  public List<DirectoryReference.Option> getIndustries() { return industries; }
  public List<DirectoryReference.Option> getMeasures() { return measures; }
}
