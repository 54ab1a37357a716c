package jp.sukedachi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import jp.sukedachi.testsupport.ContainerDatabaseListener;

/**
 * Every page is usable by everyone: each page of the application, found on the file system so
 * that a new page cannot be forgotten, is opened by every role that may open it (and by an
 * anonymous visitor where it is public), at desktop width and on a 375 px phone, with data in
 * it (tables with rows, a thread with both sides, charts with history), and axe-core finds no
 * WCAG 2.1 A/AA violation. So do the forms after a failed submission, with their messages shown.
 *
 * <p>A page needing a query parameter gets one from the data made here ({@link #states}); every
 * other page is opened as it is. Each scenario lists all the violations it met, page by page,
 * before it fails.
 */
class AccessibilityScenarios {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final int DESKTOP_WIDTH = 1280;
  private static final int DESKTOP_HEIGHT = 900;
  private static final int PHONE_WIDTH = 375;
  private static final int PHONE_HEIGHT = 812;

  private final App app;
  private final Api api;
  private final Browser b;
  /** The violations met so far, one report per page state and width. */
  private final List<String> failures = new ArrayList<>();

  AccessibilityScenarios(App app, Api api, Browser browser) {
    this.app = app;
    this.api = api;
    this.b = browser;
  }

  /** Who may open the pages of a folder: web.xml's security constraints. */
  enum Audience { ANYONE, SIGNED_IN, SME, EXPERT, PROVIDER, ADMIN }

  static Audience audience(String page) {
    int slash = page.indexOf('/');
    String folder = slash < 0 ? "" : page.substring(0, slash);
    return switch (folder) {
      case "" -> Audience.ANYONE;
      case "account" -> Audience.SIGNED_IN;
      case "sme" -> Audience.SME;
      case "provider" -> Audience.PROVIDER;
      case "expert" -> Audience.EXPERT;
      case "admin" -> Audience.ADMIN;
      default -> throw new AssertionError("src/main/webapp/" + page + " is in a folder AccessibilityScenarios "
          + "does not know; say in audience() who may open it (as web.xml does)");
    };
  }

  /**
   * Every page: each .xhtml under src/main/webapp except WEB-INF (templates and includes, never
   * served alone) and resources (composite components), relative and sorted.
   */
  static List<String> pages() {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean mayOpen(String role, Audience audience) {
    return switch (audience) {
      case ANYONE -> true;
      case SIGNED_IN -> role != null;
      default -> audience.name().equals(role);
    };
  }

  /** What the scenarios make through the API so that the pages have something to show. */
  record World(String sme, String provider, String expert, long publishedService, long draftService,
      long inquiry, long expertId, long engagement) {}

  /**
   * An SME in Kumamoto with a company, IT and information assets, two self-checks, its data
   * shared with an expert and a provider, and an inquiry the provider answered; the provider's
   * published, submitted and draft services; the expert's verified profile with a slot and the
   * SME's request for its hours, and another expert's profile waiting for verification.
   */
  private World world() {
    String admin = api.token(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD);
    String provider = api.signUp("PROVIDER", "阿蘇 見守");
    String providerToken = api.token(provider, Api.PASSWORD);
    ok(api.json("POST", "api/v1/providers", providerToken, Json.createObjectBuilder().add("name", "阿蘇見守り株式会社")
        .add("corporateNumber", DirectoryScenarios.corporateNumber()).add("address", "熊本県阿蘇市1-1")
        .add("contactEmail", "desk@it.example").build()));
    long published = service(providerToken, "阿蘇ネット見守り");
    ok(api.send("POST", "api/v1/services/" + published + "/submit", providerToken, null, null, null));
    ok(api.json("POST", "api/v1/services/" + published + "/review", admin,
        Json.createObjectBuilder().add("decision", "APPROVE").build()));
    long submitted = service(providerToken, "阿蘇端末見守り");
    ok(api.send("POST", "api/v1/services/" + submitted + "/submit", providerToken, null, null, null));
    long draft = service(providerToken, "阿蘇下書き見守り");

    String sme = api.signUp("SME", "熊本 花子");
    String token = api.token(sme, Api.PASSWORD);
    long company = ok(api.json("POST", "api/v1/companies", token, Json.createObjectBuilder(
        Api.company("MANUFACTURING", 10_000_000, 12)).add("name", "熊本精機株式会社").add("prefecture", "43").build()))
        .json().getJsonNumber("id").longValue();
    String companyPath = "api/v1/companies/" + company;
    ok(api.json("POST", companyPath + "/assets", token, Json.createObjectBuilder().add("type", "PC")
        .add("label", "事務所PC").add("count", 7).add("internetFacing", false).add("vendorSupported", true).build()));
    ok(api.json("POST", companyPath + "/assets", token, Json.createObjectBuilder().add("type", "REMOTE_ACCESS")
        .add("label", "VPN装置").add("count", 1).add("internetFacing", true).add("vendorSupported", false).build()));
    ok(api.json("POST", companyPath + "/information-assets", token, Json.createObjectBuilder()
        .add("name", "顧客名簿").add("businessArea", "営業").add("storageMedia", "事務所PC")
        .add("personalInfo", "PERSONAL").add("confidentiality", 3).add("integrity", 2).add("availability", 2).build()));
    ok(api.json("POST", companyPath + "/self-checks", token, answers("PARTIAL")));
    ok(api.json("POST", companyPath + "/self-checks", token, answers("IMPLEMENTED")));
    String expert = api.signUp("EXPERT", "鈴木 一郎");
    ok(api.json("POST", companyPath + "/consents", token, Json.createObjectBuilder().add("recipientEmail", expert)
        .add("parts", Json.createArrayBuilder().add("PROFILE").add("ASSET_COUNTS").add("INFORMATION_ASSETS")
            .add("SELF_CHECK").add("PLAN")).build()));
    ok(api.get(companyPath + "/plan", token));
    long inquiry = ok(api.json("POST", "api/v1/inquiries", token, Json.createObjectBuilder()
        .add("serviceId", published).add("companyId", company).add("message", "事務所のPC7台で相談させてください。")
        .add("parts", Json.createArrayBuilder().add("PROFILE").add("ASSET_COUNTS")).build()))
        .json().getJsonNumber("id").longValue();
    ok(api.json("POST", "api/v1/inquiries/" + inquiry + "/messages", providerToken,
        Json.createObjectBuilder().add("text", "7台でしたら月額9,800円で伺えます。").build()));
    String expertToken = api.token(expert, Api.PASSWORD);
    long expertId = ok(api.json("PUT", "api/v1/experts/me", expertToken,
        ExpertWorld.profile("鈴木 一郎", true, true, 5000, 20, "43").build())).json().getJsonNumber("id").longValue();
    ok(api.json("POST", "api/v1/experts/" + expertId + "/review", admin,
        Json.createObjectBuilder().add("decision", "APPROVE").add("evidence", "IPA public record checked").build()));
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.DAYS).plusDays(4).withHour(10);
    ok(api.json("POST", "api/v1/experts/me/slots", expertToken, Json.createObjectBuilder()
        .add("start", start.toString()).add("end", start.plusHours(2).toString()).build()));
    long engagement = ok(api.json("POST", "api/v1/engagements", token, Json.createObjectBuilder()
        .add("companyId", company).add("expertId", expertId).add("hours", 2)
        .add("description", "多要素認証の設定を手伝ってください。").add("measureCodes", Json.createArrayBuilder())
        .add("parts", Json.createArrayBuilder().add("ASSET_COUNTS").add("PLAN")).build()))
        .json().getJsonNumber("id").longValue();
    ok(api.json("PUT", "api/v1/experts/me", api.newAccount("EXPERT"),
        ExpertWorld.profile("確認 待子", true, false, 4000, 10).build()));
    return new World(sme, provider, expert, published, draft, inquiry, expertId, engagement);
  }

  private long service(String providerToken, String name) {
    return ok(api.json("POST", "api/v1/services", providerToken,
        DirectoryScenarios.compliant(name + " " + UUID.randomUUID().toString().substring(0, 6)).build()))
        .json().getJsonNumber("id").longValue();
  }

  private static JsonObject answers(String answer) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 1; i <= 25; i++) {
      list.add(Json.createObjectBuilder().add("item", i).add("answer", i % 3 == 0 ? "NOT_IMPLEMENTED" : answer));
    }
    return Json.createObjectBuilder().add("answers", list).build();
  }

  private static Api.Reply ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isBetween(200, 299);
    return r;
  }

  /**
   * The addresses under which a page is checked: pages that show one thing of several get its
   * id from the data made here; the rest are opened as they are.
   */
  private static List<String> states(String page, World w) {
    return switch (page) {
      case "sme/inquiry.xhtml" -> List.of(page + "?service=" + w.publishedService());
      case "sme/inquiries.xhtml", "provider/inquiries.xhtml" -> List.of(page, page + "?id=" + w.inquiry());
      case "provider/service.xhtml" -> List.of(page, page + "?id=" + w.draftService(),
          page + "?id=" + w.publishedService());
      case "provider/history.xhtml" -> List.of(page + "?id=" + w.publishedService());
      case "expert/engagements.xhtml" -> List.of(page, page + "?id=" + w.engagement());
      case "sme/experts.xhtml" -> List.of(page, page + "?expert=" + w.expertId(), page + "?engagement=" + w.engagement());
      default -> List.of(page);
    };
  }

  /** Opens every page the role (null: nobody signed in) may open, in every state, at both widths. */
  private void everyPageOf(String role, String email, World w) {
    List<String> opened = new ArrayList<>();
    for (String page : pages()) {
      if (!mayOpen(role, audience(page))) {
        continue;
      }
      for (String state : states(page, w)) {
        for (int[] size : new int[][] {{DESKTOP_WIDTH, DESKTOP_HEIGHT}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
          b.window(size[0], size[1]);
          collect(() -> b.open(app.resolve(state).toString()));
          assertThat(b.driver.getCurrentUrl()).as("%s opened %s, not a login or error page instead", email, state)
              .contains(app.resolve(state.replaceFirst("\\?.*", "")).getPath());
        }
        opened.add(state);
      }
    }
    assertThat(opened).as("pages %s may open", role == null ? "anybody" : role).isNotEmpty();
    b.window(DESKTOP_WIDTH, DESKTOP_HEIGHT);
  }

  /** Checks the state the browser shows now at desktop width and on a phone. */
  private void hereAtBothWidths(String what) {
    for (int[] size : new int[][] {{DESKTOP_WIDTH, DESKTOP_HEIGHT}, {PHONE_WIDTH, PHONE_HEIGHT}}) {
      b.window(size[0], size[1]);
      collect(() -> b.assertAccessible(what));
    }
    b.window(DESKTOP_WIDTH, DESKTOP_HEIGHT);
  }

  /** Runs a step, keeping an accessibility failure for the end so that one run lists them all. */
  private void collect(Runnable step) {
    try {
      step.run();
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
  }

  private void logIn(String email, String password, String landing) {
    b.logIn(app.resolve("login.xhtml").toString(), email, password, landing);
  }

  private void assertNoViolations() {
    assertThat(failures).as("WCAG 2.1 A/AA violations:\n" + String.join("\n\n", failures)).isEmpty();
  }

  @Scenario
  void everyPageIsCheckedByARoleThatMayOpenIt() {
    List<String> pages = pages();
    assertThat(pages).as("the pages found under " + WEBAPP.toAbsolutePath())
        .contains("index.xhtml", "login.xhtml", "signup.xhtml", "error.xhtml", "expired.xhtml", "sme/plan.xhtml");
    for (String page : pages) {
      assertThat(Stream.of(null, "SME", "EXPERT", "PROVIDER", "ADMIN").anyMatch(r -> mayOpen(r, audience(page))))
          .as(page).isTrue();
    }
  }

  @Scenario
  void publicPagesAndTheirErrorsPassAxeForAVisitor() {
    b.reset();
    everyPageOf(null, "a visitor", null);

    b.open(app.resolve("login.xhtml").toString());
    b.type("login:email", "nobody@it.example");
    b.type("login:password", "wrong-password-1");
    collect(() -> b.click("login:submit"));
    hereAtBothWidths("a failed login");

    b.open(app.resolve("signup.xhtml").toString());
    collect(() -> b.click("signup:submit"));
    hereAtBothWidths("a sign-up with every field missing");

    collect(() -> b.open(app.resolve("no-such-page.xhtml").toString()));
    hereAtBothWidths("a page that does not exist");
    assertNoViolations();
  }

  @Scenario
  void everySmePageAndFormErrorPassesAxe() {
    World w = world();
    logIn(w.sme(), Api.PASSWORD, "/sme/home.xhtml");
    everyPageOf("SME", w.sme(), w);

    b.open(app.resolve("sme/company.xhtml").toString());
    b.type("company:name", "<b>bold</b>");
    collect(() -> b.click("company:save"));
    hereAtBothWidths("the company form with an invalid name");

    b.open(app.resolve("sme/assets.xhtml").toString());
    collect(() -> b.click("it:add"));
    hereAtBothWidths("the IT asset form sent empty");
    b.open(app.resolve("sme/assets.xhtml").toString());
    collect(() -> b.click("info:add"));
    hereAtBothWidths("the information asset form sent empty");

    b.open(app.resolve("sme/sharing.xhtml").toString());
    collect(() -> b.click("grant:share"));
    hereAtBothWidths("the sharing form sent empty");
    collect(() -> b.click("grants:table:0:showPreview"));
    hereAtBothWidths("the preview of what the expert sees");

    b.open(app.resolve("sme/inquiry.xhtml?service=" + w.publishedService()).toString());
    collect(() -> b.clickNth("[id='inquiry:parts'] .ui-chkbox-box", 0));
    hereAtBothWidths("the inquiry form with its preview");
    collect(() -> b.click("inquiry:send"));
    hereAtBothWidths("the inquiry form sent without a message");

    b.open(app.resolve("sme/experts.xhtml?expert=" + w.expertId()).toString());
    collect(() -> b.clickNth("[id='request:parts'] .ui-chkbox-box", 0));
    hereAtBothWidths("the request to an expert with its preview");
    collect(() -> b.click("request:send"));
    hereAtBothWidths("the request to an expert sent without a description");
    assertNoViolations();
  }

  @Scenario
  void everyExpertPagePassesAxe() {
    World w = world();
    logIn(w.expert(), Api.PASSWORD, "/account/home.xhtml");
    everyPageOf("EXPERT", w.expert(), w);
    b.open(app.resolve("account/shared.xhtml").toString());
    collect(() -> b.click("sharers:table:0:open"));
    hereAtBothWidths("a company shared with the expert");

    b.open(app.resolve("expert/profile.xhtml").toString());
    b.type("profile:rissNumber", "12-34");
    collect(() -> b.click("profile:save"));
    hereAtBothWidths("the expert profile with a malformed registration number");
    b.open(app.resolve("expert/slots.xhtml").toString());
    collect(() -> b.click("slot:add"));
    hereAtBothWidths("the slot form sent empty");
    b.open(app.resolve("expert/engagements.xhtml?id=" + w.engagement()).toString());
    collect(() -> b.click("answer:accept"));
    hereAtBothWidths("an accepted request with its report form");
    collect(() -> b.click("report:send"));
    hereAtBothWidths("the report form sent empty");
    assertNoViolations();
  }

  @Scenario
  void everyProviderPageAndFormErrorPassesAxe() {
    World w = world();
    logIn(w.provider(), Api.PASSWORD, "/provider/home.xhtml");
    everyPageOf("PROVIDER", w.provider(), w);

    b.open(app.resolve("provider/company.xhtml").toString());
    b.type("provider:corporateNumber", "1234");
    collect(() -> b.click("provider:save"));
    hereAtBothWidths("the provider's company with a wrong 法人番号");

    b.open(app.resolve("provider/service.xhtml?id=" + w.draftService()).toString());
    b.type("service:monthlyYenPerCompany_input", "12000");
    b.js("document.activeElement.blur();");
    b.awaitAjax();
    hereAtBothWidths("a service breaking the price rule");
    collect(() -> b.click("service:submit"));
    hereAtBothWidths("a service that could not be submitted");
    assertNoViolations();
  }

  @Scenario
  void everyOperatorPagePassesAxe() {
    World w = world();
    logIn(ContainerDatabaseListener.ADMIN_EMAIL, ContainerDatabaseListener.ADMIN_PASSWORD, "/admin/home.xhtml");
    everyPageOf("ADMIN", ContainerDatabaseListener.ADMIN_EMAIL, w);

    b.open(app.resolve("admin/experts.xhtml").toString());
    collect(() -> b.clickCss("#queue button[id$=':approve']"));
    hereAtBothWidths("an approval without the public record checked");
    assertNoViolations();
  }
}
