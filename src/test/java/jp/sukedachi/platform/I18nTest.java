package jp.sukedachi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Japanese and English say the same things, and pages and code only use keys that exist. */
class I18nTest {
  private static final Path MAIN = Path.of("src/main");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = I18nTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "ValidationMessages", "faces"})
  void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
    assertThat(new TreeSet<>(load(bundle + "_en").stringPropertyNames()))
        .isEqualTo(new TreeSet<>(load(bundle + "_ja").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = load("messages_ja").stringPropertyNames();
    Pattern literalKey = Pattern.compile("msg\\['([^']+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(MAIN.resolve("webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literalKey.matcher(Files.readString(page));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyValidationTemplateInTheCodeExists() throws IOException {
    Set<String> keys = load("ValidationMessages_ja").stringPropertyNames();
    Pattern template = Pattern.compile("\"\\{([a-zA-Z][\\w-]*\\.[\\w.-]+)}\"");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(MAIN.resolve("java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = template.matcher(Files.readString(source));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(source.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void pagesHoldNoLiteralSentences() throws IOException {
    Pattern text = Pattern.compile(">\\s*([^<#{}\\s][^<#{}]*[A-Za-z\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{3,}[^<]*)<");
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(MAIN.resolve("webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = text.matcher(Files.readString(page));
        while (m.find()) {
          literals.add(page.getFileName() + ": " + m.group(1).strip());
        }
      }
    }
    assertThat(literals).isEmpty();
  }

  @Test
  void domainReasonsRenderInBothLanguages() {
    Reason r = Reason.of("size.capital.within", Reason.of("industry.RETAIL"), 30_000_000L, 50_000_000L);
    assertThat(Texts.message(java.util.Locale.JAPANESE, r)).contains("小売業").contains("30,000,000");
    assertThat(Texts.message(java.util.Locale.ENGLISH, r)).contains("retail").contains("50,000,000");
  }
}
