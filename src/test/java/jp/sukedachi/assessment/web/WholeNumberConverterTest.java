package jp.sukedachi.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers as owners type them in the forms: what is read, what is refused and why. */
class WholeNumberConverterTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {"28 | 28", "１２ | 12", " 3 | 3", "1,000 | 1000", "１，０００ | 1000",
      "+5 | 5", "-1 | -1", "2147483647 | 2147483647"})
  void digitsFullWidthDigitsAndThousandsSeparatorsAreRead(String typed, int value) {
    assertThat(WholeNumberConverter.parse(typed, Integer.class)).isEqualTo(value);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2.5", "２．５", "2.0", "three", "3人", "2,5", "1,00", "12e3", "--1"})
  void fractionsTextAndOddSeparatorsAreRefusedNotRoundedOrCut(String typed) {
    assertThatThrownBy(() -> WholeNumberConverter.parse(typed, Integer.class))
        .isInstanceOfSatisfying(WholeNumberConverter.NotWhole.class,
            e -> assertThat(e.key).isEqualTo("error.whole-number"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999999"})
  void aNumberBeyondAnIntIsOutOfRangeForAnInt(String typed) {
    assertThatThrownBy(() -> WholeNumberConverter.parse(typed, Integer.class))
        .isInstanceOfSatisfying(WholeNumberConverter.NotWhole.class,
            e -> assertThat(e.key).isEqualTo("error.number-range"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankIsNothingTyped(String typed) {
    assertThat(WholeNumberConverter.parse(typed, Long.class)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3,000,000,000 | 3000000000", "10000000000000 | 10000000000000"})
  void yenAmountsAreLongs(String typed, long value) {
    assertThat(WholeNumberConverter.parse(typed, Long.class)).isEqualTo(value);
  }
}
