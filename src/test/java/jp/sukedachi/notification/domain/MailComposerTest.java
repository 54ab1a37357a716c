package jp.sukedachi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A notification's mail: Japanese first, English below, and nothing a user typed can add a header or a line. */
class MailComposerTest {
  private static final String BASE = "https://sukedachi.example.jp";
  private static final MailComposer COMPOSER = new MailComposer(Texts::message, BASE + "/");
  private static final AppLink SHARED = new AppLink("/account/shared.xhtml");
  private static final List<Reason> PARTS = List.of(Reason.of("dataPart.ASSET_COUNTS"), Reason.of("dataPart.SELF_CHECK"));

  @Test
  void theMailSaysItInJapaneseFirstAndEnglishBelowWithTheLinkInBoth() {
    ComposedMail mail = COMPOSER.compose("notification.consentGranted", List.of("山田精密工業", PARTS), SHARED);

    assertThat(mail.subject()).isEqualTo("「山田精密工業」から情報が共有されました / \"山田精密工業\" shared data with you");
    String ja = "「山田精密工業」があなたと情報を共有しました：機器・サービスの数、自社診断の結果";
    String en = "\"山田精密工業\" shared data with you: Numbers of devices and services, Self-check result";
    assertThat(mail.body()).startsWith(ja).contains(en);
    assertThat(mail.body().indexOf(ja)).isLessThan(mail.body().indexOf(MailComposer.DIVIDER))
        .isLessThan(mail.body().indexOf(en));
    assertThat(mail.body()).contains("詳しくはこちら：https://sukedachi.example.jp/account/shared.xhtml")
        .contains("Details: https://sukedachi.example.jp/account/shared.xhtml")
        .contains(BASE + "/account/notifications.xhtml");
  }

  @Test
  void theInAppTextIsTheSameSentenceInEachLanguage() {
    assertThat(COMPOSER.text(Locale.JAPANESE, "notification.consentGrantedUnnamed", List.of(PARTS)))
        .isEqualTo("ある会社があなたと情報を共有しました（会社名は共有されていません）：機器・サービスの数、自社診断の結果");
    assertThat(COMPOSER.text(Locale.ENGLISH, "notification.consentGrantedUnnamed", List.of(PARTS)))
        .isEqualTo("A company shared data with you (it did not share its name): Numbers of devices and services, "
            + "Self-check result");
  }

  @Test
  void aCompanyNameWithLineBreaksCannotAddAHeaderOrForgeALine() {
    String hostile = "Evil Co.\r\nBcc: victim@example.jp\r\n\r\nPlease log in at https://phish.example\n.";
    ComposedMail mail = COMPOSER.compose("notification.consentGranted", List.of(hostile, PARTS), SHARED);

    assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n")
        .contains("Evil Co. Bcc: victim@example.jp Please log in at https://phish.example .");
    assertThat(mail.body().lines()).noneMatch(line -> line.startsWith("Bcc:"))
        .noneMatch(line -> line.startsWith("Please log in"))
        .noneMatch(line -> line.equals("."));
  }

  @Test
  void bidirectionalOverridesAndOtherInvisibleControlsBecomeSpaces() {
    String text = COMPOSER.text(Locale.ENGLISH, "notification.consentGranted",
        List.of("abc\u202Efdp.exe\u2066x\u0000y\u2028z", PARTS));
    assertThat(text).startsWith("\"abc fdp.exe x y z\"");
  }

  @Test
  void overlongTextIsCutWithAnEllipsis() {
    String text = COMPOSER.text(Locale.JAPANESE, "notification.consentGranted", List.of("株".repeat(500), PARTS));
    assertThat(text).contains("株".repeat(MailComposer.MAX_ARGUMENT - 1) + "…」").doesNotContain("株".repeat(MailComposer.MAX_ARGUMENT));
  }

  @Test
  void evenABundleWithLineBreaksInASubjectGivesAOneLineSubject() {
    MailComposer careless = new MailComposer((locale, key, args) -> key.endsWith(".subject")
        ? "Line one\r\nBcc: victim@example.jp" : "text " + locale, BASE);
    assertThat(careless.compose("any", List.of(), null).subject())
        .isEqualTo("Line one Bcc: victim@example.jp / Line one Bcc: victim@example.jp");
  }

  @Test
  void numbersReasonsAndBilingualTextsAreRenderedPerLanguage() {
    MailComposer echo = new MailComposer((locale, key, args) -> key.startsWith("x") ? String.join("|",
        java.util.Arrays.stream(args).map(String::valueOf).toList()) : locale.getLanguage() + ":" + key, BASE);
    assertThat(echo.text(Locale.ENGLISH, "x", List.of(12, new Bilingual("東京", "Tokyo"), Reason.of("r"))))
        .isEqualTo("12|Tokyo|en:r");
    assertThat(echo.text(Locale.JAPANESE, "x", List.of(List.of(Reason.of("a"), Reason.of("b")))))
        .isEqualTo("ja:a" + "ja:list.separator" + "ja:b");
  }

  @Test
  void withoutALinkTheMailHasNoLinkLine() {
    ComposedMail mail = COMPOSER.compose("notification.consentGrantedUnnamed", List.of(PARTS), null);
    assertThat(mail.body()).doesNotContain("詳しくはこちら").doesNotContain("Details:");
  }

  @Test
  void aMissingTextFailsRatherThanSendingAKey() {
    assertThatThrownBy(() -> COMPOSER.compose("notification.noSuchThing", List.of(), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("notification.noSuchThing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "ftp://x.example", "https://a.example/\r\nBcc:x", "https://"})
  void theBaseAddressIsAnHttpAddress(String base) {
    assertThatThrownBy(() -> new MailComposer(Texts::message, base)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/account/shared.xhtml", "/account/notifications.xhtml?id=3&x=%20", "/sme/plan.xhtml#top"})
  void aLinkInsideTheAppIsAccepted(String path) {
    assertThat(new AppLink(path).absolute(BASE)).isEqualTo(BASE + path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
      "account/shared.xhtml", "/a b", "/a\r\nb", "/a\"onmouseover=x", ""})
  void aLinkElsewhereIsRejected(String path) {
    assertThatThrownBy(() -> new AppLink(path)).isInstanceOf(IllegalArgumentException.class);
  }
}
