package jp.sukedachi.engagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.platform.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a message in a thread may be. */
class InquiryRulesTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\t "})
  void aMessageIsRequired(String text) {
    assertThat(texts(InquiryRules.message("message", text))).containsExactly("message: Write a message.");
  }

  @Test
  void aMessageHasAtMost2000CharactersCountedAsPeopleSeeThem() {
    assertThat(InquiryRules.message("text", "あ".repeat(2000))).isEmpty();
    assertThat(InquiryRules.message("text", "𠮷".repeat(2000))).as("surrogate pairs count once").isEmpty();
    assertThat(InquiryRules.message("text", "  " + "a".repeat(2000) + "\n")).as("surrounding blanks").isEmpty();
    assertThat(texts(InquiryRules.message("text", "a".repeat(2001))))
        .containsExactly("text: A message has at most 2,000 characters.");
  }

  @Test
  void lineBreaksAndTabsAreTextButOtherControlCharactersAreNot() {
    assertThat(InquiryRules.message("text", "一行目\r\n二行目\t終わり")).isEmpty();
    assertThat(texts(InquiryRules.message("text", "bell\u0007")))
        .containsExactly("text: The message contains control characters that cannot be used.");
  }

  @Test
  void markupIsPlainTextKeptAsTypedAndEscapedWhereShown() {
    assertThat(InquiryRules.message("text", "<script>alert(1)</script> & 'x'")).isEmpty();
    assertThat(new InquiryMessage(1, 2, Side.SME, " <b>hi</b>\r\nthere ", Instant.EPOCH).body())
        .isEqualTo("<b>hi</b>\nthere");
  }

  @Test
  void anUncheckedMessageIsNeverStored() {
    assertThatThrownBy(() -> new InquiryMessage(1, 2, Side.PROVIDER, " ", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachSideSeesOnlyItsOwnInquiries() {
    Inquiry i = new Inquiry(5, "見守り", 6, "見守り株式会社", 70, 80, 90, 100, Instant.EPOCH);
    assertThat(i.sideOf(70, null)).isEqualTo(Side.PROVIDER);
    assertThat(i.sideOf(-1, 80L)).isEqualTo(Side.SME);
    assertThat(i.sideOf(71, null)).isNull();
    assertThat(i.sideOf(-1, 81L)).isNull();
    assertThat(i.counterpartOf(Side.SME)).isEqualTo(70);
    assertThat(i.counterpartOf(Side.PROVIDER)).isEqualTo(90);
    assertThat(i.status()).isEqualTo(InquiryStatus.NEW);
  }

  private static List<String> texts(List<FieldError> errors) {
    return errors.stream().map(e -> e.field() + ": " + e.message().in(Locale.ENGLISH)).toList();
  }
}
