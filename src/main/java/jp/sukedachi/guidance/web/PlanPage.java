package jp.sukedachi.guidance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.guidance.application.PlanRequest;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.guidance.application.PlanView;
import jp.sukedachi.guidance.application.ReportService;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Phase;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.SecurityActionReadiness;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;
import jp.sukedachi.platform.web.FacesErrors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The plan screen: change the budget and see the plan and residual risk change at once. */
@Named
@ViewScoped
public class PlanPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlanService plans;
  @Inject ReportService reports;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private Long monthlyBudgetYen;
  private Long oneOffBudgetYen;
  private Double hours;
  private boolean subsidy;
  private PlanView view;
  private final Map<String, String> status = new HashMap<>();

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    if (companyId != null) {
      recompute();
      monthlyBudgetYen = view.plan().budget().monthlyYen();
      hours = view.plan().budget().hours();
      oneOffBudgetYen = view.plan().budget().oneOffYen();
    }
  }

  public void recompute() {
    errors.attempt("budget", () -> {
      view = plans.proposePlan(signedIn.get(), companyId, request());
      status.clear();
      view.progress().forEach((code, s) -> status.put(code, s.name()));
    });
  }

  public void saveStatus(String measureCode) {
    String s = status.get(measureCode);
    if (s != null && errors.attempt("plan", () -> plans.markProgress(signedIn.get(), companyId, measureCode, s))) {
      recompute();
    }
  }

  public List<Plan.Item> items(Phase phase) {
    return view.plan().items().stream().filter(i -> i.phase() == phase).toList();
  }

  public Plan.PhaseTotal total(Phase phase) {
    return view.plan().phases().stream().filter(t -> t.phase() == phase).findFirst().orElseThrow();
  }

  /** A threat's name in the page's language. */
  public String threatName(Plan.ThreatLoss loss) {
    return loss.threat().name().in(locale());
  }

  /** Where a threat's figures come from, in the page's language. */
  public String lossSource(Plan.ThreatLoss loss) {
    return loss.threat().lossSource().in(locale());
  }

  /** The risk today and after the plan, in words. */
  public String level(Plan.RiskLevel level) {
    return Texts.message(locale(), level.words());
  }

  public String text(Reason reason) {
    return Texts.message(locale(), reason);
  }

  public String title(Plan.Item item) {
    return item.measure().title().in(locale());
  }

  public String measureTitle(Measure measure) {
    return measure.title().in(locale());
  }

  public String explanation(Plan.Item item) {
    return item.measure().explanation().in(locale());
  }

  public StreamedContent getPdf() {
    return download(reports.pdf(signedIn.get(), companyId, request(), locale()).body(), "application/pdf", "sukedachi-plan.pdf");
  }

  public StreamedContent getCsv() {
    return download(reports.csv(signedIn.get(), companyId, request(), locale()).body(), "text/csv", "sukedachi-plan.csv");
  }

  public StreamedContent getPolicy() {
    byte[] text = reports.policy(signedIn.get(), companyId, locale()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return download(text, "text/plain; charset=UTF-8", "basic-policy.txt");
  }

  public String getHistoryChart() {
    return HistoryChart.json(plans.history(signedIn.get(), companyId), locale());
  }

  private PlanRequest request() {
    return new PlanRequest(monthlyBudgetYen, oneOffBudgetYen, hours, subsidy);
  }

  private static StreamedContent download(byte[] bytes, String type, String name) {
    return DefaultStreamedContent.builder().name(name).contentType(type)
        .stream(() -> new ByteArrayInputStream(bytes)).build();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public boolean isHasCompany() { return companyId != null; }
  public Phase[] getPhases() { return Phase.values(); }
  public PlanView getView() { return view; }
  public SecurityActionReadiness getReadiness() { return view.readiness(); }
  public Map<String, String> getStatus() { return status; }
  public Long getMonthlyBudgetYen() { return monthlyBudgetYen; }
  public void setMonthlyBudgetYen(Long v) { monthlyBudgetYen = v; }
  public Long getOneOffBudgetYen() { return oneOffBudgetYen; }
  public void setOneOffBudgetYen(Long v) { oneOffBudgetYen = v; }
  public Double getHours() { return hours; }
  public void setHours(Double v) { hours = v; }
  public boolean isSubsidy() { return subsidy; }
  public void setSubsidy(boolean v) { subsidy = v; }
}
