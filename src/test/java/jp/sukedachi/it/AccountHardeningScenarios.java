package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sukedachi.testsupport.TestDatabase;
import jp.sukedachi.testsupport.TestMail;

/**
 * Accounts that strangers cannot discover or lock out (issue #10): the password policy, the
 * per-client rate limits with 429 and Retry-After, one answer for unknown, locked and
 * wrong-password logins, and sign-up that always says "check your mail".
 *
 * <p>The test server trusts loopback as a balancer, so {@code X-Forwarded-For} picks the client
 * the limits see; each scenario uses addresses of its own (TEST-NET-3, random last octets).
 */
class AccountHardeningScenarios {
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private final App app;
  private final Api api;

  AccountHardeningScenarios(App app, Api api) {
    this.app = app;
    this.api = api;
  }

  private static String someClient() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.18." + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  private static String newEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@it.example";
  }

  private static JsonObject signUpBody(String email, String password, String name, String role) {
    return Json.createObjectBuilder().add("email", email).add("password", password).add("displayName", name)
        .add("role", role).build();
  }

  private static JsonObject credentials(String email, String password) {
    return Json.createObjectBuilder().add("email", email).add("password", password).build();
  }

  private static List<String> passwordErrors(Api.Reply r) {
    return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("field").equals("password")).map(e -> e.getString("detail")).toList();
  }

  @Scenario
  void weakPasswordsAreRefusedWithAFieldErrorOnTheApiAndNextToTheFieldOnThePage() {
    String email = newEmail("hanako.sato");
    Map<String, String> weak = new LinkedHashMap<>();
    weak.put("aaaaaaaaaa", "Do not repeat a character");
    weak.put("qwertyuiop", "list of common (breached) passwords");
    weak.put("Password123", "list of common (breached) passwords");
    weak.put("my-" + email, "e-mail address");
    weak.put("blue-hanako-house", "e-mail address");
    weak.put("Sato Hanako rocks", "Do not use your name");
    weak.put("house-12345-blue", "a run of 5");
    weak.put("short-pw", "10 to 128 characters");
    weak.forEach((password, why) -> {
      Api.Reply r = api.jsonFrom(someClient(), "POST", "api/v1/accounts", "en",
          signUpBody(email, password, "Sato Hanako", "SME"));
      assertThat(r.status()).as(password).isEqualTo(400);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(passwordErrors(r)).as(password).anyMatch(text -> text.contains(why));
    });
    Api.Reply japanese = api.jsonFrom(someClient(), "POST", "api/v1/accounts", "ja",
        signUpBody(email, "aaaaaaaaaa", "Sato Hanako", "SME"));
    assertThat(passwordErrors(japanese)).contains("同じ文字を5回以上続けないでください。");
    assertThat(SignUpMail.latestToken(email)).as("nothing was mailed for a refused sign-up").isEmpty();

    SecurityScenarios.Visitor visitor = new SecurityScenarios.Visitor(app.uri(), "ja");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signup", "signup");
    form.put("signup:email", email);
    form.put("signup:password", "aaaaaaaaaa");
    form.put("signup:displayName", "佐藤 花子");
    form.put("signup:role_input", "SME");
    form.put("signup:submit", "");
    formState(form, visitor.get("signup.xhtml").body());
    SecurityScenarios.Visitor.Page page = visitor.post("signup.xhtml", form, Map.of("X-Forwarded-For", someClient()));
    assertThat(page.status()).isEqualTo(200);
    String passwordField = between(page.body(), "id=\"signup:password\"", "id=\"signup:displayName\"");
    assertThat(passwordField).contains("同じ文字を5回以上続けないでください。");
    assertThat(page.body()).doesNotContain("メールをご確認ください");
  }

  @Scenario
  void wrongPasswordsFromOneClientGet429WithRetryAfterWhileTheOwnerElsewhereSignsIn() {
    String email = api.signUp("SME", "IT SME");
    String attacker = someClient();
    for (int i = 0; i < 5; i++) {
      assertThat(api.jsonFrom(attacker, "POST", "api/v1/auth/token", "en", credentials(email, "guess-no-" + i))
          .status()).as("wrong attempt %d", i + 1).isEqualTo(401);
    }
    Api.Reply limited = api.jsonFrom(attacker, "POST", "api/v1/auth/token", "en", credentials(email, "guess-no-6"));
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
    long retryAfter = Long.parseLong(limited.header("Retry-After"));
    assertThat(retryAfter).as("one attempt comes back every 3 minutes").isBetween(1L, 180L);
    assertThat(limited.json().getInt("status")).isEqualTo(429);
    assertThat(limited.json().getString("detail")).isEqualTo("Too many attempts. Please try again in " + retryAfter
        + " seconds.");
    assertThat(api.jsonFrom(attacker, "POST", "api/v1/auth/token", "ja", credentials(email, Api.PASSWORD)).status())
        .as("the right password does not help the limited client").isEqualTo(429);

    Api.Reply owner = api.jsonFrom(someClient(), "POST", "api/v1/auth/token", null, credentials(email, Api.PASSWORD));
    assertThat(owner.status()).as("the owner, from elsewhere, is not locked out").isEqualTo(200);
    assertThat(api.jsonFrom(attacker, "POST", "api/v1/auth/token", null, credentials(newEmail("other"), "guess"))
        .status()).as("the limit is per client and account").isEqualTo(401);
  }

  @Scenario
  void theAddressesOfOneIpv6SlashSixtyFourShareOneLimit() {
    String email = api.signUp("SME", "IT SME");
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String prefix = "2001:db8:" + Integer.toHexString(r.nextInt(0x10000)) + ":" + Integer.toHexString(r.nextInt(0x10000)) + ":";
    for (int i = 1; i <= 5; i++) {
      assertThat(api.jsonFrom(prefix + ":" + Integer.toHexString(i), "POST", "api/v1/auth/token", "en",
          credentials(email, "guess-no-" + i)).status()).as("wrong attempt %d", i).isEqualTo(401);
    }
    assertThat(api.jsonFrom(prefix + "abcd:ef01:2345:6789", "POST", "api/v1/auth/token", "en",
        credentials(email, "guess-no-6")).status()).as("another address of the same /64").isEqualTo(429);
    assertThat(api.jsonFrom(someClient(), "POST", "api/v1/auth/token", "en", credentials(email, Api.PASSWORD))
        .status()).isEqualTo(200);
  }

  @Scenario
  void aStrangerCannotUseUpTheSignUpMailsOfTheOwner() {
    String email = newEmail("wanted");
    String stranger = someClient();
    for (int i = 0; i < 4; i++) {
      assertThat(api.jsonFrom(stranger, "POST", "api/v1/accounts", "en",
          signUpBody(email, "a-stranger-passphrase-" + i, "Someone", "SME")).status()).isEqualTo(202);
    }
    assertThat(api.jsonFrom(someClient(), "POST", "api/v1/accounts", "en",
        signUpBody(email, Api.PASSWORD, "Owner", "SME")).status()).isEqualTo(202);
    // Mails are queued when the sign-up is answered: three for the stranger (its fourth is
    // skipped), and the owner's.
    List<MimeMessage> mails = Eventually.until("the sign-up mails", () -> TestMail.to(email), l -> l.size() >= 4);
    assertThat(mails).hasSize(4);
  }

  @Scenario
  void theLoginPageSaysTooManyAttemptsWith429() {
    String email = api.signUp("EXPERT", "IT EXPERT");
    String client = someClient();
    SecurityScenarios.Visitor visitor = new SecurityScenarios.Visitor(app.uri(), "ja");
    SecurityScenarios.Visitor.Page page = null;
    for (int i = 0; i < 6; i++) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("login", "login");
      form.put("login:email", email);
      form.put("login:password", "guess-no-" + i);
      form.put("login:submit", "");
      formState(form, visitor.get("login.xhtml").body());
      page = visitor.post("login.xhtml", form, Map.of("X-Forwarded-For", client));
      if (i < 5) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("試行が多すぎます");
      }
    }
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.body()).contains("試行が多すぎます。").contains("秒後にもう一度お試しください。");
  }

  @Scenario
  void aControlCharacterInTheLoginFormIsNamedNextToTheField() {
    SecurityScenarios.Visitor visitor = new SecurityScenarios.Visitor(app.uri(), "ja");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:email", "a\u0000b@example.jp");
    form.put("login:password", "guess-is-long");
    form.put("login:submit", "");
    formState(form, visitor.get("login.xhtml").body());
    SecurityScenarios.Visitor.Page page = visitor.post("login.xhtml", form, Map.of("X-Forwarded-For", someClient()));
    assertThat(page.status()).isEqualTo(200);
    assertThat(between(page.body(), "id=\"login:email\"", "id=\"login:password\""))
        .contains("制御文字（NUL など）は使えません。");
  }

  @Scenario
  void unknownLockedOutAndWrongPasswordLoginsGetTheSameAnswerAndWriteNothing() throws SQLException {
    String wrongEmail = api.signUp("SME", "IT SME");
    String targetEmail = api.signUp("SME", "IT SME");
    String unknownEmail = newEmail("nobody");
    long rowVersion = rowVersion(targetEmail);
    // Ten wrong passwords, from two clients (five each, the per-client limit), use up the
    // account's failures: for a registered and an unknown address alike.
    for (String email : List.of(targetEmail, unknownEmail)) {
      for (int c = 0; c < 2; c++) {
        String client = someClient();
        for (int i = 0; i < 5; i++) {
          assertThat(api.jsonFrom(client, "POST", "api/v1/auth/token", "en", credentials(email, "guess-" + i))
              .status()).isEqualTo(401);
        }
      }
    }
    assertThat(rowVersion(targetEmail)).as("wrong passwords write nothing to the account").isEqualTo(rowVersion);

    Api.Reply wrong = api.jsonFrom(someClient(), "POST", "api/v1/auth/token", "en", credentials(wrongEmail, "not-the-pw-1"));
    Api.Reply unknown = api.jsonFrom(someClient(), "POST", "api/v1/auth/token", "en", credentials(unknownEmail, "not-the-pw-1"));
    Api.Reply guessed = api.jsonFrom(someClient(), "POST", "api/v1/auth/token", "en", credentials(targetEmail, "not-the-pw-1"));
    for (Api.Reply r : List.of(wrong, unknown, guessed)) {
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("Content-Type")).isEqualTo(wrong.header("Content-Type"));
      assertThat(r.header("WWW-Authenticate")).isEqualTo(wrong.header("WWW-Authenticate"));
      assertThat(r.body()).isEqualTo(wrong.body());
    }

    // A client that failed at an address whose failures are used up is refused, whether or not
    // the address is registered; the same answer either way.
    String guesser = someClient();
    List<Api.Reply> refused = new java.util.ArrayList<>();
    for (String email : List.of(targetEmail, unknownEmail)) {
      assertThat(api.jsonFrom(guesser, "POST", "api/v1/auth/token", "en", credentials(email, "guess-x")).status())
          .as("its first guess").isEqualTo(401);
      refused.add(api.jsonFrom(guesser, "POST", "api/v1/auth/token", "en", credentials(email, "guess-y")));
    }
    for (Api.Reply r : refused) {
      assertThat(r.status()).isEqualTo(429);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 15 * 60L);
    }
    assertThat(refused.get(0).json().getInt("status")).isEqualTo(refused.get(1).json().getInt("status"));

    Api.Reply owner = api.jsonFrom(someClient(), "POST", "api/v1/auth/token", "en", credentials(targetEmail, Api.PASSWORD));
    assertThat(owner.status()).as("the owner, who did not fail, still gets in").isEqualTo(200);
  }

  @Scenario
  void signUpForARegisteredAddressAnswersLikeANewOneAndMailsTheOwner() throws Exception {
    String registered = newEmail("owner");
    Api.Reply first = api.json("POST", "api/v1/accounts", null, "en",
        signUpBody(registered, Api.PASSWORD, "Owner", "PROVIDER"));
    String firstToken = SignUpMail.latestToken(registered).orElseThrow();
    api.confirm(registered);

    Api.Reply again = api.json("POST", "api/v1/accounts", null, "en",
        signUpBody(registered, "a-new-passphrase-9", "Stranger", "SME"));
    Api.Reply fresh = api.json("POST", "api/v1/accounts", null, "en",
        signUpBody(newEmail("fresh"), "a-new-passphrase-9", "Stranger", "SME"));
    for (Api.Reply r : List.of(first, again, fresh)) {
      assertThat(r.status()).isEqualTo(202);
      assertThat(r.header("Content-Type")).isEqualTo(first.header("Content-Type"));
      assertThat(r.body()).isEqualTo(first.body());
    }
    assertThat(first.json().getString("status")).isEqualTo("CHECK_YOUR_MAIL");
    assertThat(first.json().getString("detail")).contains("Open its link");

    List<MimeMessage> mails = Eventually.until("the mail to the registered address", () -> TestMail.to(registered),
        l -> !l.isEmpty());
    assertThat(mails).hasSize(1);
    assertThat(subject(mails.get(0))).isEqualTo("新規登録の試みがありました / Someone tried to sign up with your address");
    assertThat(body(mails.get(0))).contains("/login.xhtml").doesNotContain("confirm.xhtml");
    assertThat(SignUpMail.latestToken(registered)).as("no new confirmation link for a registered address")
        .contains(firstToken);
    assertThat(api.token(registered, Api.PASSWORD)).as("the account kept its password").isNotBlank();
    assertThat(api.json("POST", "api/v1/auth/token", null, credentials(registered, "a-new-passphrase-9")).status())
        .isEqualTo(401);
  }

  @Scenario
  void anAccountSignsInOnlyOnceItsLinkIsUsedOnce() {
    String email = newEmail("pending");
    assertThat(api.json("POST", "api/v1/accounts", null, signUpBody(email, Api.PASSWORD, "IT SME", "SME")).status())
        .isEqualTo(202);
    assertThat(api.json("POST", "api/v1/auth/token", null, credentials(email, Api.PASSWORD)).status())
        .as("no account before the link is used").isEqualTo(401);
    String token = SignUpMail.latestToken(email).orElseThrow();

    SecurityScenarios.Visitor visitor = new SecurityScenarios.Visitor(app.uri(), "ja");
    SecurityScenarios.Visitor.Page page = visitor.get("confirm.xhtml?token=" + token);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("登録を完了する");
    assertThat(api.json("POST", "api/v1/auth/token", null, credentials(email, Api.PASSWORD)).status())
        .as("opening the link (as a mail scanner would) creates nothing").isEqualTo(401);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("confirm", "confirm");
    form.put("confirm:token", token);
    form.put("confirm:submit", "");
    formState(form, page.body());
    SecurityScenarios.Visitor.Page done = visitor.post("confirm.xhtml", form, Map.of());
    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).contains("login.xhtml").contains("confirmed=true");
    assertThat(api.token(email, Api.PASSWORD)).isNotBlank();

    Api.Reply used = api.json("POST", "api/v1/accounts/confirmations", null, "en",
        Json.createObjectBuilder().add("token", token).build());
    assertThat(used.status()).isEqualTo(400);
    assertThat(used.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");
    assertThat(api.json("POST", "api/v1/accounts/confirmations", null,
        Json.createObjectBuilder().add("token", "forged-" + UUID.randomUUID()).build()).status()).isEqualTo(400);
  }

  /** The row's xmin: it changes with every UPDATE of the row. */
  private static long rowVersion(String email) throws SQLException {
    try (Connection c = TestDatabase.appConnection();
        PreparedStatement s = c.prepareStatement("SELECT xmin::text::bigint FROM account WHERE email = ?")) {
      s.setString(1, email);
      var r = s.executeQuery();
      assertThat(r.next()).as("the account %s exists", email).isTrue();
      return r.getLong(1);
    }
  }

  /** What the page gives its form: the view state, and the script nonce PrimeFaces posts along. */
  private static void formState(Map<String, String> form, String html) {
    form.put("jakarta.faces.ViewState", viewState(html));
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
  }

  private static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertThat(m.find()).as("the page has a Faces form").isTrue();
    return m.group(1);
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, Math.max(start, 0));
    assertThat(start).as("%s in the page", from).isNotNegative();
    assertThat(end).as("%s in the page", to).isGreaterThan(start);
    return text.substring(start, end);
  }

  private static String subject(MimeMessage m) throws MessagingException, UnsupportedEncodingException {
    return MimeUtility.decodeText(m.getHeader("Subject", null));
  }

  private static String body(MimeMessage m) throws Exception {
    return String.valueOf(m.getContent());
  }
}
