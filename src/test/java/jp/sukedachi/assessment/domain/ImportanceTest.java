package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.PersonalInfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportanceTest {
  @ParameterizedTest(name = "C{0} I{1} A{2} {3} -> {4}")
  @CsvSource({
    "1, 1, 1, NONE, 1",
    "1, 2, 1, NONE, 2",
    "1, 1, 3, NONE, 3",
    "1, 1, 1, PERSONAL, 2",
    "3, 1, 1, PERSONAL, 3",
    "1, 1, 1, SENSITIVE, 3",
    "1, 1, 1, MY_NUMBER, 3",
  })
  void highestRatingRaisedByPersonalData(int c, int i, int a, PersonalInfo p, int expected) {
    assertThat(Importance.of(c, i, a, p)).isEqualTo(expected);
  }
}
