package jp.sukedachi.platform;

import java.util.Locale;

/** One invalid input: the field's path (e.g. {@code capitalYen}, {@code line 3: type}) and a localisable message. */
public record FieldError(String field, LocalizedText message) {

  /** A message that can be rendered in a locale. */
  @FunctionalInterface
  public interface LocalizedText {
    String in(Locale locale);
  }

  public static FieldError of(String field, String key, Object... args) {
    return new FieldError(field, locale -> Texts.message(locale, key, args));
  }
}
