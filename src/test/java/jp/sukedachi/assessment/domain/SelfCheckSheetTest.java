package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfCheckSheetTest {
  private final SelfCheckSheet sheet = new SelfCheckSheet();

  static Map<Integer, Answer> all(Answer a) {
    Map<Integer, Answer> m = new HashMap<>();
    for (int i = 1; i <= 25; i++) {
      m.put(i, a);
    }
    return m;
  }

  @Test
  void everythingImplementedScores100InEveryPart() {
    SelfCheckSheet.Result r = sheet.score(all(Answer.IMPLEMENTED));
    assertThat(r.score()).isEqualTo(100);
    assertThat(r.band()).isEqualTo(ScoreBand.COMPLETE);
    assertThat(r.parts()).containsExactly(new SelfCheckSheet.PartScore(1, 20, 20),
        new SelfCheckSheet.PartScore(2, 52, 52), new SelfCheckSheet.PartScore(3, 28, 28));
  }

  @Test
  void unknownCostsAPointPerItem() {
    SelfCheckSheet.Result r = sheet.score(all(Answer.UNKNOWN));
    assertThat(r.score()).isEqualTo(-25);
    assertThat(r.band()).isEqualTo(ScoreBand.AT_RISK);
  }

  @Test
  void answersAreWeightedFourTwoZeroMinusOne() {
    Map<Integer, Answer> answers = all(Answer.IMPLEMENTED);
    answers.put(1, Answer.PARTIAL);
    answers.put(6, Answer.NOT_IMPLEMENTED);
    answers.put(25, Answer.UNKNOWN);
    SelfCheckSheet.Result r = sheet.score(answers);
    assertThat(r.score()).isEqualTo(100 - 2 - 4 - 5);
    assertThat(r.parts()).extracting(SelfCheckSheet.PartScore::score).containsExactly(18, 48, 23);
  }

  @ParameterizedTest(name = "{0} points is {1}")
  @CsvSource({"100, COMPLETE", "99, MOSTLY", "70, MOSTLY", "69, GAPS", "50, GAPS", "49, AT_RISK",
      "0, AT_RISK", "-25, AT_RISK"})
  void bandsFollowIpa(int score, ScoreBand band) {
    assertThat(ScoreBand.of(score)).isEqualTo(band);
  }

  @Test
  void partsAreOneToFiveSixToEighteenNineteenToTwentyFive() {
    assertThat(SelfCheckSheet.partOf(5)).isEqualTo(1);
    assertThat(SelfCheckSheet.partOf(6)).isEqualTo(2);
    assertThat(SelfCheckSheet.partOf(18)).isEqualTo(2);
    assertThat(SelfCheckSheet.partOf(19)).isEqualTo(3);
    assertThat(SelfCheckSheet.partOf(25)).isEqualTo(3);
  }

  @Test
  void aSheetWithAMissingAnswerCannotBeScored() {
    Map<Integer, Answer> answers = all(Answer.IMPLEMENTED);
    answers.remove(13);
    assertThat(SelfCheckSheet.missing(answers)).containsExactly(13);
    assertThatThrownBy(() -> sheet.score(answers)).isInstanceOf(IllegalArgumentException.class);
  }
}
