package jp.sukedachi.platform;

import java.io.Serializable;
import java.util.Locale;

/** Text stored in both languages in reference data (e.g. a measure's title), used as a message argument. */
public record Bilingual(String ja, String en) implements Serializable {
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : ja;
  }
}
