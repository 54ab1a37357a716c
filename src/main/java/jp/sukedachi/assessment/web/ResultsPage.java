package jp.sukedachi.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.application.SelfCheckService;
import jp.sukedachi.assessment.application.SelfCheckView;
import jp.sukedachi.assessment.domain.SelfCheckSheet.PartScore;
import jp.sukedachi.platform.Texts;

/** Latest 自社診断 result with IPA's advice, a chart of each part, and earlier results. */
@Named
@ViewScoped
public class ResultsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject SelfCheckService selfChecks;
  @Inject CompanyService companies;
  @Inject SignedIn signedIn;

  private List<SelfCheckView> history = List.of();

  @PostConstruct
  void load() {
    companies.mine(signedIn.get()).map(CompanyView::id)
        .ifPresent(id -> history = selfChecks.history(signedIn.get(), id));
  }

  public SelfCheckView getLatest() {
    return history.isEmpty() ? null : history.get(0);
  }

  public List<SelfCheckView> getHistory() {
    return history;
  }

  public String when(SelfCheckView v) {
    return WHEN.format(v.takenAt().atZone(JAPAN));
  }

  /** Chart.js bar chart: each part's score as a percentage of its maximum. */
  public String getPartsChart() {
    SelfCheckView latest = getLatest();
    if (latest == null) {
      return "";
    }
    Locale locale = locale();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (PartScore p : latest.result().parts()) {
      labels.add(Texts.message(locale, "part." + p.part()));
      data.add(Math.max(0, Math.round(100.0 * p.score() / p.max())));
    }
    return chart("bar", labels, data, Texts.message(locale, "results.chart.parts"), 0);
  }

  /** Chart.js line chart of the total score over time, oldest first. */
  public String getHistoryChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    List<SelfCheckView> oldestFirst = new ArrayList<>(history);
    Collections.reverse(oldestFirst);
    for (SelfCheckView v : oldestFirst) {
      labels.add(when(v));
      data.add(v.result().score());
    }
    return chart("line", labels, data, Texts.message(locale(), "results.chart.history"), -25);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder data,
      String label, int min) {
    var dataset = Json.createObjectBuilder().add("label", label).add("data", data)
        .add("backgroundColor", "rgba(37, 99, 235, 0.6)").add("borderColor", "rgb(37, 99, 235)");
    var scales = Json.createObjectBuilder().add("y",
        Json.createObjectBuilder().add("min", min).add("max", 100));
    return Json.createObjectBuilder().add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels)
            .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", Json.createObjectBuilder().add("scales", scales)
            .add("maintainAspectRatio", false).add("animation", false))
        .build().toString();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
