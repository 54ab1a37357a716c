package jp.sukedachi.notification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;

/**
 * Writes a notification's text and its mail from a message key and arguments. Accounts have no
 * language preference, so a mail carries the Japanese text first and the English below it, and
 * its subject is the {@code <key>.subject} message in both. The mail is plain text; every
 * argument is made safe first ({@link UserText}), and the subject is one line whatever the
 * bundles or arguments hold, so no header can be injected.
 *
 * <p>Arguments may be text, numbers, a {@link Reason} (rendered in each language), a
 * {@link Bilingual} or a collection of these (joined with the language's {@code list.separator}).
 */
public final class MailComposer {
  /** Looks up a message of the bundles and formats it (the app passes {@code Texts::message}). */
  @FunctionalInterface
  public interface Messages {
    String format(Locale locale, String key, Object... args);
  }

  public static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);
  static final int MAX_ARGUMENT = 120;
  static final int MAX_SUBJECT = 150;
  static final String DIVIDER = "-".repeat(60);
  private static final Pattern BASE_URL = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]+(/[A-Za-z0-9._~/%-]*)?");

  private final Messages messages;
  private final String baseUrl;

  /** {@code baseUrl}: where people reach the application, e.g. {@code https://sukedachi.example.jp}. */
  public MailComposer(Messages messages, String baseUrl) {
    if (baseUrl == null || !BASE_URL.matcher(baseUrl).matches()) {
      throw new IllegalArgumentException("Not an http(s) base address: " + baseUrl);
    }
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The notification's sentence in one language, with its arguments made safe. */
  public String text(Locale locale, String key, List<?> args) {
    return messages.format(locale, key, render(locale, args));
  }

  /** The mail: subject {@code ja / en}; body Japanese, then English, each with the link. */
  public ComposedMail compose(String key, List<?> args, AppLink link) {
    List<String> subjects = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    for (Locale locale : LANGUAGES) {
      subjects.add(UserText.oneLine(text(locale, key + ".subject", args), MAX_SUBJECT));
      StringBuilder block = new StringBuilder(text(locale, key, args)).append("\n\n");
      if (link != null) {
        block.append(messages.format(locale, "mail.link", link.absolute(baseUrl))).append("\n\n");
      }
      block.append(messages.format(locale, "mail.footer", baseUrl + "/account/notifications.xhtml"));
      blocks.add(block.toString());
    }
    String subject = UserText.oneLine(String.join(" / ", subjects), 2 * MAX_SUBJECT + 3);
    return new ComposedMail(subject, String.join("\n\n" + DIVIDER + "\n\n", blocks) + "\n");
  }

  private Object[] render(Locale locale, List<?> args) {
    return args.stream().map(a -> argument(locale, a)).toArray();
  }

  private Object argument(Locale locale, Object a) {
    if (a instanceof Number) {
      return a;
    }
    if (a instanceof Collection<?> many) {
      return many.stream().map(e -> String.valueOf(argument(locale, e)))
          .collect(Collectors.joining(messages.format(locale, "list.separator")));
    }
    String text;
    if (a instanceof Reason r) {
      text = messages.format(locale, r.key(), render(locale, r.args()));
    } else if (a instanceof Bilingual b) {
      text = b.in(locale);
    } else {
      text = a == null ? "" : a.toString();
    }
    return UserText.oneLine(text, MAX_ARGUMENT);
  }
}
