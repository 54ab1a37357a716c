package jp.sukedachi.guidance.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.sukedachi.guidance.application.PlanView;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.platform.Texts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The plan as CSV that Excel opens correctly (UTF-8 with BOM), one row per measure. */
public final class PlanCsv {
  private PlanCsv() {}

  public static byte[] write(PlanView view, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
      writer.write('\uFEFF');
      csv.printRecord(Texts.message(locale, "csv.plan.header").split("\\|"));
      for (Plan.Item i : view.plan().items()) {
        ProgressStatus status = view.progress().get(i.measure().code());
        csv.printRecord(Texts.message(locale, "phase." + i.phase().name()), i.measure().code(),
            i.measure().title().in(locale), i.oneOffYen(), i.monthlyYen(), i.subsidyMonthlyYen(),
            i.netMonthlyYen(), i.hours(), Math.round(i.riskRemoved()),
            Texts.message(locale, "progress." + (status == null ? "NONE" : status.name())),
            i.reasons().stream().map(r -> Texts.message(locale, r)).collect(Collectors.joining(" ")),
            i.measure().guidelineRef(), i.measure().costSource());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
