package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query parameters are read as written or refused with the parameter's name. */
class QueryParamsTest {

  @ParameterizedTest
  @ValueSource(strings = {"1f", "1d", "0x1p3", "Infinity", "NaN", "1e309", "1,5", "abc", "1.", ".5", "1e99999"})
  void aDecimalIsOnlyAPlainDecimalNumber(String text) {
    assertThatThrownBy(() -> QueryParams.doubleOrNull("hours", text)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("hours"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "2.5", "-1", "1e3", " 7 "})
  void plainDecimalsAreRead(String text) {
    assertThat(QueryParams.doubleOrNull("hours", text)).isEqualTo(Double.valueOf(text.strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "99999999999999999999", "1e3", "abc", "0x10"})
  void aWholeNumberIsOnlyAWholeNumberInRange(String text) {
    assertThatThrownBy(() -> QueryParams.longOrNull("monthlyBudgetYen", text)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1", "yes", "TRUE "})
  void aBooleanIsOnlyTrueOrFalse(String text) {
    assertThatThrownBy(() -> QueryParams.booleanOrNull("subsidy", text)).isInstanceOf(InvalidInputException.class);
  }
}
