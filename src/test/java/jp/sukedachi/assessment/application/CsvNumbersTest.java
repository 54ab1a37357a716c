package jp.sukedachi.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in an imported CSV are read as written or not at all: no character is dropped. */
class CsvNumbersTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {"12 | 12", " 7  | 7", "1,200 | 1200", "１２ | 12", "-7 | -7", "0 | 0",
      "2147483647 | 2147483647"})
  void wholeNumbersAreReadAsWritten(String text, int expected) {
    assertThat(AssetCsv.integer(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1_0", "1-0", "1.5", "1e3", "12a", "- 7", "+-7", "1,20", "12,", "1 0", "七",
      "2147483648", "99999999999999999999", "\u00007", "--7", "1・0"})
  void anythingElseIsUnreadableInsteadOfBecomingAnotherNumber(String text) {
    assertThat(AssetCsv.integer(text)).isNull();
  }

  @ParameterizedTest(name = "count {0}")
  @ValueSource(strings = {"1_0", "7x", "1.5"})
  void anUnreadableCountIsReportedAgainstItsLine(String count) {
    String csv = "type,count,internetFacing,vendorSupported\nPC,\"" + count + "\",no,yes\n";
    CsvTable.Row row = CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), AssetCsv.IT_HEADERS,
        AssetCsv.IT_REQUIRED).get(0);
    assertThat(AssetCsv.unreadable(row)).containsExactly("count");
    assertThat(AssetCsv.itAsset(row).count()).isNull();
  }

  @ParameterizedTest(name = "C/I/A {0}")
  @ValueSource(strings = {"1_0", "2.0", "high"})
  void unreadableRatingsAreReportedToo(String rating) {
    CsvTable.Row row = new CsvTable.Row(2, Map.of("name", "顧客名簿", "confidentiality", rating,
        "integrity", "2", "availability", ""));
    assertThat(AssetCsv.unreadableInformation(row)).containsExactly("confidentiality");
  }
}
