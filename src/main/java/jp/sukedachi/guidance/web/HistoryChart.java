package jp.sukedachi.guidance.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.guidance.application.PlanService.HistoryPoint;
import jp.sukedachi.platform.Texts;

/** Chart.js line chart of the self-check score and the residual risk over time. */
final class HistoryChart {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private HistoryChart() {}

  static String json(List<HistoryPoint> points, Locale locale) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder risk = Json.createArrayBuilder();
    JsonArrayBuilder score = Json.createArrayBuilder();
    for (HistoryPoint p : points) {
      labels.add(WHEN.format(p.at().atZone(JAPAN)));
      risk.add(Math.round(p.residualRisk() * 10) / 10.0);
      if (p.selfCheckScore() == null) {
        score.addNull();
      } else {
        score.add(p.selfCheckScore());
      }
    }
    var datasets = Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("label", Texts.message(locale, "plan.chart.risk"))
            .add("data", risk).add("borderColor", "rgb(185, 28, 28)").add("yAxisID", "risk"))
        .add(Json.createObjectBuilder().add("label", Texts.message(locale, "plan.chart.score"))
            .add("data", score).add("borderColor", "rgb(37, 99, 235)").add("yAxisID", "score")
            .add("spanGaps", true));
    var scales = Json.createObjectBuilder()
        .add("risk", Json.createObjectBuilder().add("type", "linear").add("position", "left").add("min", 0))
        .add("score", Json.createObjectBuilder().add("type", "linear").add("position", "right")
            .add("min", -25).add("max", 100));
    return Json.createObjectBuilder().add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder().add("scales", scales).add("animation", false)
            .add("maintainAspectRatio", false))
        .build().toString();
  }
}
