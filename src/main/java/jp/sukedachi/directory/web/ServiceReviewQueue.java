package jp.sukedachi.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.directory.application.ReasonInput;
import jp.sukedachi.directory.application.ReviewInput;
import jp.sukedachi.directory.application.ReviewItem;
import jp.sukedachi.directory.application.ServiceReviews;
import jp.sukedachi.directory.application.ServiceSummary;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The operators' verification queue: each submitted revision with what changed, to approve or
 * to reject with a reason; and the published services, to suspend (with a reason) or reinstate.
 */
@Named
@ViewScoped
public class ServiceReviewQueue implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ServiceReviews reviews;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private List<ReviewItem> queue = List.of();
  private List<ServiceSummary> published = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    queue = reviews.queue(signedIn.get());
    published = reviews.published(signedIn.get());
  }

  public void approve(long serviceId) {
    decide(serviceId, "APPROVE", "review.approved");
  }

  public void reject(long serviceId) {
    decide(serviceId, "REJECT", "review.rejected");
  }

  private void decide(long serviceId, String decision, String done) {
    if (errors.attempt("queue", () -> reviews.review(signedIn.get(), serviceId,
        new ReviewInput(decision, reasons.get(serviceId))))) {
      errors.info(done);
      reasons.remove(serviceId);
    }
    load();
  }

  public void suspend(long serviceId) {
    if (errors.attempt("published", () -> reviews.suspend(signedIn.get(), serviceId,
        new ReasonInput(reasons.get(serviceId))))) {
      errors.info("review.suspended");
      reasons.remove(serviceId);
    }
    load();
  }

  public void reinstate(long serviceId) {
    if (errors.attempt("published", () -> reviews.reinstate(signedIn.get(), serviceId,
        new ReasonInput(reasons.get(serviceId))))) {
      errors.info("review.reinstated");
      reasons.remove(serviceId);
    }
    load();
  }

  public List<ReviewItem> getQueue() { return queue; }
  public List<ServiceSummary> getPublished() { return published; }
  public Map<Long, String> getReasons() { return reasons; }
}
