package jp.sukedachi.engagement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.engagement.application.EngagementView;
import jp.sukedachi.engagement.application.Engagements;
import jp.sukedachi.engagement.application.ExpertAnswers;
import jp.sukedachi.engagement.application.ReportInput;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * /expert/engagements.xhtml (?id= opens one): the requests sent to the expert with their
 * deadlines and status; one request with the SME's shared data while its grant is live (each
 * opening is a read in the SME's access log); accept, decline with an optional reason, and the
 * report after the work with the plan items it addressed.
 */
@Named
@ViewScoped
public class ExpertRequestsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Engagements engagements;
  @Inject ExpertAnswers answers;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private List<EngagementView> list = List.of();
  private EngagementView current;
  private String declineReason;
  private String reportText;
  private List<String> addressed = new ArrayList<>();

  @PostConstruct
  void load() {
    list = engagements.mine(signedIn.get());
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("engagement", () -> current = engagements.one(signedIn.get(), Long.parseLong(id)));
    }
    if (current != null) {
      addressed = new ArrayList<>(current.items().stream().map(EngagementView.Item::measureCode).toList());
    }
  }

  public void accept() {
    if (errors.attempt("answer", () -> current = answers.accept(signedIn.get(), current.id()))) {
      errors.info("expertRequests.accepted");
    }
    refresh();
  }

  public void decline() {
    if (errors.attempt("answer", () -> current = answers.decline(signedIn.get(), current.id(), declineReason))) {
      errors.info("expertRequests.declined");
      declineReason = null;
    }
    refresh();
  }

  public void report() {
    if (errors.attempt("report", () -> current = answers.report(signedIn.get(), current.id(),
        new ReportInput(reportText, List.copyOf(addressed))))) {
      errors.info("expertRequests.reported");
      reportText = null;
    }
    refresh();
  }

  public boolean may(String action) {
    return current != null && current.allowed().contains(action);
  }

  private void refresh() {
    list = engagements.mine(signedIn.get());
    errors.attempt("engagement", () -> current = engagements.one(signedIn.get(), current.id()));
  }

  public List<EngagementView> getList() { return list; }
  public EngagementView getCurrent() { return current; }
  public String getDeclineReason() { return declineReason; }
  public void setDeclineReason(String v) { declineReason = v; }
  public String getReportText() { return reportText; }
  public void setReportText(String v) { reportText = v; }
  public List<String> getAddressed() { return addressed; }
  public void setAddressed(List<String> v) { addressed = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
