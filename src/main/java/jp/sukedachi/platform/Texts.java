package jp.sukedachi.platform;

import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks up user-facing text in the {@code messages} and {@code ValidationMessages} bundles
 * (Japanese default, English second). Sentences are built with MessageFormat, never by
 * concatenation.
 */
public final class Texts {
  public static final Locale JAPANESE = Locale.JAPANESE;
  private static final Pattern TEMPLATE = Pattern.compile("^\\{([^}]+)}$");
  /**
   * Parsed message patterns by language, bundle and key: parsing a pattern and building its
   * number formats costs more than the formatting, and a plan renders hundreds of sentences.
   * MessageFormat is not thread-safe, so each use formats a clone.
   */
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private Texts() {}

  /** Formats a message; arguments that are {@link Reason}s are rendered first. */
  public static String message(Locale locale, String key, Object... args) {
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      rendered[i] = a instanceof Reason r ? message(locale, r) : a instanceof Bilingual b ? b.in(locale) : a;
    }
    return format(bundle("messages", locale), key, locale, rendered);
  }

  public static String message(Locale locale, Reason reason) {
    return message(locale, reason.key(), reason.args().toArray());
  }

  /** Renders a Bean Validation template such as {@code {company.name.size}}. */
  public static String validation(Locale locale, String template) {
    Matcher m = TEMPLATE.matcher(template);
    if (!m.matches()) {
      return template;
    }
    return format(bundle("ValidationMessages", locale), m.group(1), locale);
  }

  /** The supported locale closest to the one asked for: English or Japanese. */
  public static Locale supported(Locale asked) {
    return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : JAPANESE;
  }

  /** The first of ja or en among the client's preferred locales; Japanese when it names neither. */
  public static Locale preferred(Iterator<Locale> asked) {
    while (asked.hasNext()) {
      String language = asked.next().getLanguage();
      if ("ja".equals(language) || "en".equals(language)) {
        return supported(Locale.forLanguageTag(language));
      }
    }
    return JAPANESE;
  }

  private static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        "i18n." + name, supported(locale), Texts.class.getClassLoader(), NoFallback.INSTANCE);
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
    try {
      String pattern = bundle.getString(key);
      if (args.length == 0) {
        return pattern;
      }
      MessageFormat parsed = FORMATS.computeIfAbsent(
          bundle.getBaseBundleName() + '|' + supported(locale).getLanguage() + '|' + key,
          k -> new MessageFormat(pattern, supported(locale)));
      return ((MessageFormat) parsed.clone()).format(args);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("Missing text " + key + " for " + locale, e);
    }
  }

  /** Never falls back to the JVM's default locale: ja is the base bundle, en its variant. */
  private static final class NoFallback extends ResourceBundle.Control {
    static final NoFallback INSTANCE = new NoFallback();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
