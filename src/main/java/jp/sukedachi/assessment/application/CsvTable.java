package jp.sukedachi.assessment.application;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel writes it: UTF-8 with or without BOM, or Shift_JIS (CP932), with
 * Japanese or English headers. Each row becomes a map from canonical field name to text.
 */
final class CsvTable {
  static final int MAX_BYTES = 1_000_000;
  static final int MAX_ROWS = 5_000;
  private static final Charset CP932 = Charset.forName("windows-31j");

  /** One data row and the line it came from (the header is line 1). */
  record Row(long line, Map<String, String> values) {
    String get(String field) {
      return values.getOrDefault(field, "").strip();
    }
  }

  private CsvTable() {}

  /**
   * @param aliases header text (normalised: NFKC, lower case, no spaces, '_' or '-') to field
   * @param required fields whose column must be present
   */
  static List<Row> read(byte[] bytes, Map<String, String> aliases, List<String> required) {
    if (bytes == null || bytes.length == 0) {
      throw InvalidInputException.of("file", "csv.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw InvalidInputException.of("file", "csv.too-large", MAX_BYTES / 1000);
    }
    String text = decode(bytes);
    try (CSVParser parser =
        CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setTrim(true).build().parse(new StringReader(text))) {
      Map<String, String> columns = columns(parser.getHeaderNames(), aliases);
      List<FieldError> missing = required.stream().filter(f -> !columns.containsValue(f))
          .map(f -> FieldError.of("header", "csv.missing-column", Reason.of("field." + f))).toList();
      if (!missing.isEmpty()) {
        throw new InvalidInputException(missing);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (rows.size() == MAX_ROWS) {
          throw InvalidInputException.of("file", "csv.too-many-rows", MAX_ROWS);
        }
        Map<String, String> values = new HashMap<>();
        columns.forEach((header, field) -> values.put(field, r.isSet(header) ? r.get(header) : ""));
        rows.add(new Row(r.getRecordNumber() + 1, values));
      }
      if (rows.isEmpty()) {
        throw InvalidInputException.of("file", "csv.no-rows");
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw InvalidInputException.of("file", "csv.broken");
    }
  }

  static String normalise(String header) {
    return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\s_\\-・]", "");
  }

  private static Map<String, String> columns(List<String> headers, Map<String, String> aliases) {
    Map<String, String> columns = new HashMap<>();
    for (String h : headers) {
      Optional.ofNullable(aliases.get(normalise(h))).ifPresent(f -> columns.putIfAbsent(h, f));
    }
    return columns;
  }

  /** UTF-8 (BOM optional) first, then CP932; anything else is refused rather than garbled. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3))
          .orElseThrow(() -> InvalidInputException.of("file", "csv.encoding"));
    }
    return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes))
        .or(() -> strict(CP932, ByteBuffer.wrap(bytes)))
        .orElseThrow(() -> InvalidInputException.of("file", "csv.encoding"));
  }

  private static Optional<String> strict(Charset cs, ByteBuffer bytes) {
    try {
      String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
      return s.indexOf('\u0000') >= 0 ? Optional.empty() : Optional.of(s);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
