package jp.sukedachi.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.application.ReferenceData;
import jp.sukedachi.assessment.application.SelfCheckInput;
import jp.sukedachi.assessment.application.SelfCheckService;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.platform.web.FacesErrors;

/** The 自社診断 screen: 25 questions in three parts, each needing an answer. */
@Named
@ViewScoped
public class SelfCheckPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SelfCheckService selfChecks;
  @Inject CompanyService companies;
  @Inject ReferenceData reference;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private List<ReferenceData.Item> items = List.of();
  private final Map<Integer, String> answers = new HashMap<>();

  @PostConstruct
  void load() {
    companyId = companies.mine(signedIn.get()).map(CompanyView::id).orElse(null);
    items = reference.selfCheckItems(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    if (companyId != null) {
      // Retaking starts from the last answers, so only what changed needs a new click.
      selfChecks.history(signedIn.get(), companyId).stream().findFirst()
          .ifPresent(last -> last.answers().forEach((item, answer) -> answers.put(item, answer.name())));
    }
  }

  public String submit() {
    List<SelfCheckInput.ItemAnswer> list = new ArrayList<>();
    answers.forEach((item, answer) -> list.add(new SelfCheckInput.ItemAnswer(item, answer)));
    boolean ok = errors.attempt("selfCheck",
        () -> selfChecks.submit(signedIn.get(), companyId, new SelfCheckInput(list)));
    return ok ? "/sme/results?faces-redirect=true" : null;
  }

  public List<ReferenceData.Item> itemsOfPart(int part) {
    return items.stream().filter(i -> i.part() == part).toList();
  }

  public List<String> getChoices() {
    return List.of(Answer.IMPLEMENTED.name(), Answer.PARTIAL.name(), Answer.NOT_IMPLEMENTED.name(),
        Answer.UNKNOWN.name());
  }

  public boolean isHasCompany() {
    return companyId != null;
  }

  public Map<Integer, String> getAnswers() {
    return answers;
  }
}
