package jp.sukedachi.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorporateNumberTest {

  /** The two worked examples of directory-facts.md D and two published numbers (国税庁, トヨタ自動車). */
  @ParameterizedTest
  @ValueSource(strings = {"7123456789012", "4011001098993", "7000012050002", "1180301018771"})
  void realNumbersAreValid(String number) {
    assertThat(CorporateNumber.isValid(number)).isTrue();
    assertThat(CorporateNumber.checkDigit(number.substring(1))).isEqualTo(number.charAt(0) - '0');
  }

  @ParameterizedTest
  @CsvSource({
    "123456789012, 7",   // sum 74 (from the right: 2+1·2+0+9·2+8+7·2+6+5·2+4+3·2+2+1·2), 74 mod 9 = 2
    "000000000000, 9",   // sum 0: the check digit is 9, never 0
    "000000000009, 9",   // sum 9: mod 9 = 0 again
    "000000000010, 7"    // the 2nd digit from the right weighs 2: 9 − 2
  })
  void theCheckDigitIsNineMinusTheWeightedSumModNine(String base, int check) {
    assertThat(CorporateNumber.checkDigit(base)).isEqualTo(check);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "6123456789012",   // wrong check digit
    "8123456789012",
    "0123456789012",   // a check digit is never 0
    "712345678901",    // 12 digits
    "71234567890123",  // 14 digits
    "712345678901A",
    "7000012050003"    // a published number with its last digit changed
  })
  void othersAreNot(String number) {
    assertThat(CorporateNumber.isValid(number)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void nothingIsNotANumber(String number) {
    assertThat(CorporateNumber.parse(number)).isEmpty();
  }

  @Test
  void fullWidthDigitsAndHyphensAsPeopleTypeThemAreAccepted() {
    assertThat(CorporateNumber.parse("７０００-０１２０-５０００２")).contains("7000012050002");
    assertThat(CorporateNumber.parse(" 7 0000 1205 0002 ")).contains("7000012050002");
  }

  @Test
  void aNumberBuiltFromItsBaseIsValid() {
    assertThat(CorporateNumber.withCheckDigit("180301018771")).isEqualTo("1180301018771");
    assertThatThrownBy(() -> CorporateNumber.checkDigit("12345")).isInstanceOf(IllegalArgumentException.class);
  }
}
