package jp.sukedachi.expert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RissRegistrationTest {

  @ParameterizedTest(name = "\"{0}\" is read as {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "007398|007398",
      "第007398号|007398",
      "登録番号：013258|013258",
      "登録番号:013258|013258",
      "０２５１０２|025102",
      " 017139 |017139",
      "7398|NONE",
      "0073981|NONE",
      "00739a|NONE",
      "第007398|007398",
      "''|NONE",
      "007398号です|NONE"})
  void aNumberIsReadAsPeopleWriteItOrRefused(String typed, String digits) {
    assertThat(RissRegistration.normalise(typed).orElse(null)).isEqualTo(digits);
  }

  @Test
  void aRegistrationLapsesTheDayAfterItsDeadline() {
    RissRegistration r = new RissRegistration("007398", LocalDate.of(2023, 4, 1), LocalDate.of(2026, 4, 1));
    assertThat(r.lapsedOn(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(r.lapsedOn(LocalDate.of(2026, 4, 2))).isTrue();
    assertThat(r.publicRecord()).isEqualTo("https://riss.ipa.go.jp/r?r=007398");
  }

  @Test
  void aSlotCountsStartedHoursAsHours() {
    Instant start = Instant.parse("2026-12-01T01:00:00Z");
    assertThat(new ExpertSlot(1, start, start.plusSeconds(30 * 60), start).hours()).isEqualTo(1);
    assertThat(new ExpertSlot(1, start, start.plusSeconds(2 * 3600), start).hours()).isEqualTo(2);
    assertThat(new ExpertSlot(1, start, start.plusSeconds(2 * 3600 + 60), start).hours()).isEqualTo(3);
    assertThat(new ExpertSlot(1, start, start.plusSeconds(3600), start)
        .overlaps(start.plusSeconds(3599), start.plusSeconds(7200))).isTrue();
    assertThat(new ExpertSlot(1, start, start.plusSeconds(3600), start)
        .overlaps(start.plusSeconds(3600), start.plusSeconds(7200))).as("back to back").isFalse();
  }
}
