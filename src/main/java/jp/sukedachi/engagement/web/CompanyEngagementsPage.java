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
import jp.sukedachi.engagement.application.RatingInput;
import jp.sukedachi.engagement.application.Ratings;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The engagements part of /sme/experts.xhtml (?engagement= opens one): the company's requests
 * to experts with their status; one request with what it shares and whether the grant is live,
 * where it was passed on to or why nobody was left; cancel before the work; and, once the expert
 * has reported, the rating (1–5, a comment) with the addressed items the SME agrees are done.
 */
@Named
@ViewScoped
public class CompanyEngagementsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Engagements engagements;
  @Inject Ratings ratings;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private List<EngagementView> list = List.of();
  private EngagementView current;
  private Integer rating;
  private String comment;
  private List<String> markDone = new ArrayList<>();

  @PostConstruct
  void load() {
    list = engagements.mine(signedIn.get());
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("engagement");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("engagement", () -> current = engagements.one(signedIn.get(), Long.parseLong(id)));
    }
  }

  public void cancel() {
    if (errors.attempt("cancel", () -> current = engagements.cancel(signedIn.get(), current.id()))) {
      errors.info("smeEngagement.cancelled");
    }
    refresh();
  }

  public void rate() {
    if (errors.attempt("rate", () -> current = ratings.rate(signedIn.get(), current.id(),
        new RatingInput(rating, comment, List.copyOf(markDone))))) {
      errors.info("smeEngagement.rated");
      rating = null;
      comment = null;
      markDone = new ArrayList<>();
    }
    refresh();
  }

  public boolean may(String action) {
    return current != null && current.allowed().contains(action);
  }

  /** The items the expert reported as addressed: the SME may mark these done. */
  public List<EngagementView.Item> getAddressed() {
    return current == null ? List.of() : current.items().stream().filter(EngagementView.Item::addressed).toList();
  }

  private void refresh() {
    list = engagements.mine(signedIn.get());
    errors.attempt("engagement", () -> current = engagements.one(signedIn.get(), current.id()));
  }

  public List<EngagementView> getList() { return list; }
  public EngagementView getCurrent() { return current; }
  public Integer getRating() { return rating; }
  public void setRating(Integer v) { rating = v; }
  public String getComment() { return comment; }
  public void setComment(String v) { comment = v; }
  public List<String> getMarkDone() { return markDone; }
  public void setMarkDone(List<String> v) { markDone = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
