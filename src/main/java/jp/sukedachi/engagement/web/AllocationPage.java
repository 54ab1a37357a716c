package jp.sukedachi.engagement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.engagement.application.AllocationView;
import jp.sukedachi.engagement.application.Allocations;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The operator's allocation of a month's scarce expert hours: run a proposal, read how much more
 * it serves than first come, first served and how evenly it spreads hours across prefectures,
 * apply it once.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Allocations allocations;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;
  @Inject Clock clock;

  private String month;
  private List<AllocationView> runs = List.of();

  /** One number of the comparison table: its label key, the proposal's and FCFS's values. */
  public record Row(String key, Object proposal, Object fcfs, Object gain) implements Serializable {}

  @PostConstruct
  void load() {
    if (month == null) {
      month = YearMonth.from(ExpertReference.today(clock)).toString();
    }
    runs = allocations.list(signedIn.get());
  }

  public void run() {
    if (errors.attempt("allocation", () -> allocations.run(signedIn.get(), month))) {
      errors.info("allocation.proposed");
    }
    load();
  }

  public void apply(long id) {
    if (errors.attempt("runs", () -> allocations.apply(signedIn.get(), id))) {
      errors.info("allocation.applied");
    }
    load();
  }

  /** The numbers of a run, proposal beside FCFS. */
  public List<Row> rows(AllocationView v) {
    List<Row> rows = new ArrayList<>();
    for (String key : List.of("hoursRequested", "hoursServed", "riskHoursServed", "requestsServed",
        "requestsFullyServed", "fairnessIndex", "minPrefectureShare", "maxPrefectureShare")) {
      rows.add(new Row(key, value(v.proposal(), key), value(v.fcfs(), key), gain(v.gain(), key)));
    }
    return rows;
  }

  private static Object value(Map<String, Object> m, String key) {
    return m == null ? null : m.get(key);
  }

  private static Object gain(Map<String, Object> gain, String key) {
    if (gain == null) {
      return null;
    }
    return switch (key) {
      case "hoursServed" -> gain.get("extraHoursServed");
      case "riskHoursServed" -> gain.get("extraRiskHoursServed");
      case "requestsServed" -> gain.get("extraRequestsServed");
      case "fairnessIndex" -> gain.get("fairnessIndexChange");
      case "minPrefectureShare" -> gain.get("minPrefectureShareChange");
      case "maxPrefectureShare" -> gain.get("maxPrefectureShareChange");
      default -> null;
    };
  }

  public String getMonth() { return month; }
  public void setMonth(String month) { this.month = month; }
  public List<AllocationView> getRuns() { return runs; }
}
