package jp.sukedachi.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an {@code Accept-Language} header leniently: the language ranges in the order of their
 * quality, skipping any entry that is malformed ({@code en;q=foo}, {@code ja;q=2}, a tag that is
 * not a language tag) instead of failing as the JAX-RS runtime does. The language of an answer is
 * a preference, so a broken header falls back to the default language rather than to an error.
 * Only the first {@value #MAX_LENGTH} characters and {@value #MAX_ENTRIES} entries are read.
 */
public final class AcceptLanguage {
  static final int MAX_LENGTH = 1024;
  static final int MAX_ENTRIES = 32;
  private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
  private static final Pattern QUALITY = Pattern.compile("(?i)q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

  private AcceptLanguage() {}

  /** The locales asked for, best first; entries of equal quality keep their order. */
  public static List<Locale> parse(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    String text = header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
    record Entry(Locale locale, double quality, int order) {}
    List<Entry> entries = new ArrayList<>();
    String[] parts = text.split(",", MAX_ENTRIES + 1);
    for (int i = 0; i < Math.min(parts.length, MAX_ENTRIES); i++) {
      String[] pieces = parts[i].split(";", -1);
      String range = pieces[0].strip();
      if (!RANGE.matcher(range).matches() || "*".equals(range)) {
        continue;
      }
      double quality = 1;
      boolean valid = true;
      for (int p = 1; p < pieces.length; p++) {
        String parameter = pieces[p].strip();
        if (QUALITY.matcher(parameter).matches()) {
          quality = Double.parseDouble(parameter.substring(2));
        } else {
          valid = false;
        }
      }
      if (valid && quality > 0) {
        entries.add(new Entry(Locale.forLanguageTag(range), quality, i));
      }
    }
    return entries.stream()
        .sorted(Comparator.comparingDouble(Entry::quality).reversed().thenComparingInt(Entry::order))
        .map(Entry::locale).toList();
  }

  /** The supported language the header asks for first (Japanese when it names neither). */
  public static Locale preferred(String header) {
    return Texts.preferred(parse(header).iterator());
  }
}
