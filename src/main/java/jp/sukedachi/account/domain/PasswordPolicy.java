package jp.sukedachi.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a password must be, checked with Passay: 10 to 128 characters; not one of the 30,000
 * most common passwords (the bundled {@code common-passwords.txt}, compared ignoring case); no
 * character five times in a row ({@code aaaaaaaaaa}); no run of five in alphabet, digit or
 * keyboard order ({@code 12345}, {@code abcde}, {@code qwert}); at least five different
 * characters ({@code abababababab}); and not containing the person's own e-mail address, the
 * part before the {@code @}, or their name. Each broken rule is one message key of the
 * {@code messages} bundle, in the order above.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  static final int MIN_DISTINCT = 5;
  /** Personal words shorter than this are too common inside other words to forbid. */
  static final int MIN_PERSONAL = 4;
  private static final String LIST = "common-passwords.txt";

  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry(LengthRule.ERROR_CODE_MIN, "account.password.too-short"),
      Map.entry(LengthRule.ERROR_CODE_MAX, "account.password.too-long"),
      Map.entry(DictionaryRule.ERROR_CODE, "account.password.common"),
      Map.entry(DictionaryRule.ERROR_CODE_REVERSED, "account.password.common"),
      Map.entry("ILLEGAL_MATCH", "account.password.repeated"),
      Map.entry(EnglishSequenceData.Alphabetical.getErrorCode(), "account.password.sequence"),
      Map.entry(EnglishSequenceData.Numerical.getErrorCode(), "account.password.sequence"),
      Map.entry(EnglishSequenceData.USQwerty.getErrorCode(), "account.password.sequence"),
      Map.entry(DistinctCharactersRule.ERROR_CODE, "account.password.few-characters"),
      Map.entry(PersonalDataRule.EMAIL, "account.password.email"),
      Map.entry(PersonalDataRule.NAME, "account.password.name"));

  private final PasswordValidator validator;
  private final int listSize;

  private PasswordPolicy(ArrayWordList common) {
    this.listSize = common.size();
    this.validator = new PasswordValidator(List.<Rule>of(
        new LengthRule(MIN_LENGTH, MAX_LENGTH),
        new DictionaryRule(new WordListDictionary(common)),
        new RepeatCharacterRegexRule(5),
        new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
        new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
        new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
        new DistinctCharactersRule(MIN_DISTINCT),
        new PersonalDataRule()));
  }

  /** The policy with the bundled list of common passwords (read once; keep the instance). */
  public static PasswordPolicy standard() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("The list of common passwords is missing: " + LIST);
      }
      return withList(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The policy with this list of forbidden passwords; lines starting with {@code #} are comments. */
  static PasswordPolicy withList(List<String> lines) {
    String[] words = lines.stream().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"))
        .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    return new PasswordPolicy(new ArrayWordList(words, false, new ArraysSort()));
  }

  /** How many common passwords the policy refuses. */
  public int listSize() {
    return listSize;
  }

  /**
   * The rules this password breaks, as message keys without repeats; empty when it is fine.
   *
   * @param email the address of the account the password is for (may be null)
   * @param displayName the name shown for the account (may be null)
   */
  public List<String> violations(String password, String email, String displayName) {
    if (password == null) {
      return List.of("account.password.too-short");
    }
    PasswordData data = new PasswordData(password);
    data.setUsername(personal(email, displayName));
    RuleResult result = validator.validate(data);
    Set<String> keys = new LinkedHashSet<>();
    for (RuleResultDetail d : result.getDetails()) {
      keys.add(KEYS.getOrDefault(d.getErrorCode(), "account.password.weak"));
    }
    return List.copyOf(keys);
  }

  /** E-mail and name travel to {@link PersonalDataRule} in PasswordData's user name, tab-separated. */
  private static String personal(String email, String displayName) {
    return (email == null ? "" : email) + "\t" + (displayName == null ? "" : displayName);
  }

  /** Fewer than {@code min} different characters: {@code abababababab}, {@code 1212121212}. */
  static final class DistinctCharactersRule implements Rule {
    static final String ERROR_CODE = "TOO_FEW_DISTINCT";
    private final int min;

    DistinctCharactersRule(int min) {
      this.min = min;
    }

    @Override
    public RuleResult validate(PasswordData data) {
      long distinct = data.getPassword().toLowerCase(Locale.ROOT).codePoints().distinct().count();
      RuleResult result = new RuleResult(distinct >= min);
      if (!result.isValid()) {
        result.addError(ERROR_CODE, Map.of("minimum", min));
      }
      return result;
    }
  }

  /**
   * The password contains the account's e-mail, the part before {@code @} or a piece of it
   * (split at {@code . _ + -}), or its name or a part of the name; compared ignoring case,
   * spaces and width ({@code ＴＡＲＯ} is {@code taro}). Pieces shorter than
   * {@value #MIN_PERSONAL} characters are not checked, except a whole name of 2 or more CJK
   * characters.
   */
  static final class PersonalDataRule implements Rule {
    static final String EMAIL = "CONTAINS_EMAIL";
    static final String NAME = "CONTAINS_NAME";

    @Override
    public RuleResult validate(PasswordData data) {
      String[] personal = data.getUsername() == null ? new String[0] : data.getUsername().split("\t", -1);
      String password = plain(data.getPassword());
      RuleResult result = new RuleResult(true);
      String email = personal.length > 0 ? plain(personal[0]) : "";
      if (contains(password, emailPieces(email))) {
        result.setValid(false);
        result.addError(EMAIL, Map.of());
      }
      String name = personal.length > 1 ? personal[1] : "";
      if (contains(password, namePieces(name))) {
        result.setValid(false);
        result.addError(NAME, Map.of());
      }
      return result;
    }

    private static boolean contains(String password, List<String> pieces) {
      return pieces.stream().anyMatch(password::contains);
    }

    private static List<String> emailPieces(String email) {
      List<String> pieces = new ArrayList<>();
      int at = email.lastIndexOf('@');
      String local = at < 0 ? email : email.substring(0, at);
      pieces.add(email);
      pieces.add(local);
      for (String part : local.split("[._+\\-]")) {
        pieces.add(part);
      }
      return pieces.stream().filter(p -> p.length() >= MIN_PERSONAL).toList();
    }

    private static List<String> namePieces(String name) {
      List<String> pieces = new ArrayList<>();
      String whole = plain(name);
      if (whole.length() >= MIN_PERSONAL || (whole.length() >= 2 && whole.codePoints().anyMatch(PersonalDataRule::isCjk))) {
        pieces.add(whole);
      }
      for (String part : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
          .toLowerCase(Locale.ROOT).split("[\\s._\\-]+")) {
        if (part.length() >= MIN_PERSONAL) {
          pieces.add(part);
        }
      }
      return pieces;
    }

    private static boolean isCjk(int c) {
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
          || s == Character.UnicodeScript.KATAKANA;
    }

    /** NFKC, lower case, no whitespace. */
    private static String plain(String s) {
      return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFKC)
          .toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
  }
}
