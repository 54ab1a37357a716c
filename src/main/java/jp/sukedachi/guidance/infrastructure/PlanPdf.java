package jp.sukedachi.guidance.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.guidance.application.PlanView;
import jp.sukedachi.guidance.domain.Phase;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.platform.Texts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The plan as an A4 PDF report (Apache PDFBox), with a Japanese TrueType font embedded as a
 * subset so the text renders and can be extracted in any viewer.
 */
public final class PlanPdf {
  private static final float MARGIN = 48;
  private static final float SIZE = 9.5f;
  private static final float LEADING = 14;

  private final File font;

  public PlanPdf(File font) {
    this.font = font;
  }

  public byte[] write(PlanView view, Locale locale, String date) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font type0 = PDType0Font.load(doc, font);
      Writer w = new Writer(doc, type0);
      Plan plan = view.plan();
      w.line(Texts.message(locale, "report.title", view.companyName()), 15);
      w.line(Texts.message(locale, "report.meta", date, plan.catalogueVersion()), SIZE);
      w.line(Texts.message(locale, "report.budget", plan.budget().monthlyYen(), plan.budget().oneOffYen(),
          plan.budget().hours()), SIZE);
      w.line(Texts.message(locale, "report.risk", plan.riskBefore(), plan.riskAfter(), plan.oneOffYen(),
          plan.netMonthlyYen()), SIZE);
      for (Phase phase : Phase.values()) {
        w.gap();
        w.line(Texts.message(locale, "phase." + phase.name()), 12);
        Plan.PhaseTotal total = plan.phases().stream().filter(t -> t.phase() == phase).findFirst().orElseThrow();
        w.line(Texts.message(locale, "plan.phaseTotal", total.oneOffYen(), total.netMonthlyYen(), total.hours(),
            total.riskRemoved()), SIZE);
        for (Plan.Item i : plan.items()) {
          if (i.phase() == phase) {
            w.line(Texts.message(locale, "report.item", i.measure().code(), i.measure().title().in(locale),
                i.oneOffYen(), i.netMonthlyYen(), i.hours(), i.riskRemoved()), SIZE);
            for (var r : i.reasons()) {
              w.line("  ・" + Texts.message(locale, r), SIZE);
            }
          }
        }
      }
      w.gap();
      w.line(Texts.message(locale, "report.note"), 8);
      w.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays out wrapped lines, adding pages as they fill. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument doc, PDType0Font font) throws IOException {
      this.doc = doc;
      this.font = font;
      newPage();
    }

    void gap() {
      y -= LEADING / 2;
    }

    void line(String text, float size) throws IOException {
      for (String part : wrap(text, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
        if (y < MARGIN + LEADING) {
          stream.close();
          newPage();
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(part);
        stream.endText();
        y -= Math.max(LEADING, size * 1.45f);
      }
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      float used = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        float w = font.getStringWidth(ch) / 1000 * size;
        if (used + w > width && current.length() > 0) {
          lines.add(current.toString());
          current.setLength(0);
          used = 0;
        }
        current.append(ch);
        used += w;
        i += Character.charCount(cp);
      }
      lines.add(current.toString());
      return lines;
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      stream.close();
    }
  }
}
