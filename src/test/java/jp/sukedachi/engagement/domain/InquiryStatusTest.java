package jp.sukedachi.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may move an inquiry from where to where; every pair of statuses, for each side. */
class InquiryStatusTest {

  @ParameterizedTest(name = "{0}: SME may move to [{1}], provider to [{2}]")
  @CsvSource(delimiter = '|', value = {
      "NEW        | CONTRACTED DECLINED CLOSED | ANSWERED CONTRACTED DECLINED",
      "ANSWERED   | CONTRACTED DECLINED CLOSED | CONTRACTED DECLINED",
      "CONTRACTED | CLOSED                     | ''",
      "DECLINED   | CLOSED                     | ''",
      "CLOSED     | ''                         | ''"})
  void eachSideMovesOnlyWhereTheRulesSay(InquiryStatus from, String sme, String provider) {
    assertThat(targets(from, Side.SME)).isEqualTo(parse(sme));
    assertThat(targets(from, Side.PROVIDER)).isEqualTo(parse(provider));
  }

  @ParameterizedTest
  @CsvSource({"NEW, SME, NEW", "NEW, PROVIDER, ANSWERED", "ANSWERED, PROVIDER, ANSWERED",
      "ANSWERED, SME, ANSWERED", "CONTRACTED, PROVIDER, CONTRACTED", "DECLINED, SME, DECLINED"})
  void onlyTheProvidersFirstAnswerMarksAnInquiryAnswered(InquiryStatus from, Side side, InquiryStatus after) {
    assertThat(from.afterMessageFrom(side)).isEqualTo(after);
  }

  @ParameterizedTest
  @CsvSource({"NEW, true", "ANSWERED, true", "CONTRACTED, true", "DECLINED, true", "CLOSED, false"})
  void aClosedThreadTakesNoMessages(InquiryStatus status, boolean open) {
    assertThat(status.acceptsMessages()).isEqualTo(open);
  }

  @ParameterizedTest
  @CsvSource(value = {"ANSWERED, ANSWERED", "closed, ", "'', ", "NULL, "}, nullValues = "NULL")
  void onlyExactStatusNamesParse(String name, InquiryStatus expected) {
    assertThat(InquiryStatus.parse(name)).isEqualTo(expected);
  }

  private static List<InquiryStatus> targets(InquiryStatus from, Side side) {
    return Arrays.stream(InquiryStatus.values()).filter(to -> from.allows(side, to)).toList();
  }

  private static List<InquiryStatus> parse(String names) {
    return names == null || names.isBlank() ? List.of()
        : Arrays.stream(names.trim().split("\\s+")).map(InquiryStatus::valueOf).toList();
  }
}
