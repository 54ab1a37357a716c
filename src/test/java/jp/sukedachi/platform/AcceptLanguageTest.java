package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

  @Test
  void ordersTheLanguagesByQualityKeepingTheOrderOfEqualOnes() {
    assertThat(AcceptLanguage.parse("fr;q=0.5, en-GB, de;q=0.9, ja"))
        .containsExactly(Locale.forLanguageTag("en-GB"), Locale.JAPANESE, Locale.GERMAN, Locale.FRENCH);
    assertThat(AcceptLanguage.preferred("fr, en;q=0.2, ja;q=0.1")).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void skipsMalformedEntriesInsteadOfFailing() {
    assertThat(AcceptLanguage.parse("en;q=foo")).isEmpty();
    assertThat(AcceptLanguage.parse("ja;q=2, en")).containsExactly(Locale.ENGLISH);
    assertThat(AcceptLanguage.parse("ja;x=y, en;q=0.5")).containsExactly(Locale.ENGLISH);
    assertThat(AcceptLanguage.parse(";;;,, ,\u0000,en-")).isEmpty();
    assertThat(AcceptLanguage.parse("en;q=0")).as("q=0 means not acceptable").isEmpty();
    assertThat(AcceptLanguage.preferred("en;q=foo")).isEqualTo(Locale.JAPANESE);
    assertThat(AcceptLanguage.preferred(null)).isEqualTo(Locale.JAPANESE);
  }

  @Test
  void readsOnlyABoundedPartOfAHugeHeader() {
    String huge = "x-abcdefghi,".repeat(10_000) + "en";
    assertThat(AcceptLanguage.parse(huge)).isEmpty();
    assertThat(AcceptLanguage.preferred("en-US," + "a".repeat(400))).isEqualTo(Locale.ENGLISH);
    assertThat(AcceptLanguage.parse("de,".repeat(100))).hasSize(AcceptLanguage.MAX_ENTRIES);
  }
}
