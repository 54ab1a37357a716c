package jp.sukedachi.guidance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.sukedachi.guidance.domain.ConsultantScenarios.Firm;
import jp.sukedachi.platform.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a security consultant would sign for the SMEs of {@link ConsultantScenarios} (issue #7):
 * per firm, what must be among the first five items of its plan and what must not be among the
 * first ten, each with the one line a consultant would give the owner. Where several measures
 * are fair ways to do the same thing, any one of them satisfies the expectation.
 *
 * <p>None of this is tuned to an implementation: it states what the advice must look like.
 */
class ConsultantPlansTest {
  private static final Planner PLANNER = new Planner(Scenarios.catalogue());
  private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

  /** The ways to deal with a device the vendor no longer updates: any one of them is fair. */
  private static final List<String> UNSUPPORTED_FIX = List.of("AST-REPLACE", "AST-ESU", "AST-ISOLATE");

  /**
   * Reason keys that do not name anything of the company's own (a threat and its percentage,
   * "needed first for", "does not fit"): every top item needs at least one reason beyond these.
   */
  private static final Set<String> GENERIC_REASONS =
      Set.of("plan.reason.threat", "plan.reason.prerequisite", "plan.reason.overBudget");

  static Plan plan(String firm) {
    return PLANS.computeIfAbsent(firm, name -> {
      Firm f = ConsultantScenarios.firm(name);
      return PLANNER.plan(f.situation(), f.budget());
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The table
  // ---------------------------------------------------------------------------------------------

  /** Firm, any one of these codes, why. */
  static Stream<Arguments> mustBeInTheFirstFive() {
    return Stream.of(
        // 6-person dental clinic
        top5("dentalClinic", UNSUPPORTED_FIX,
            "The claims PC holds 要配慮 patient records and gets no security fixes: 'keep it updated' is"
                + " impossible, so replace it, buy extended updates or take it off the internet"),
        top5("dentalClinic", List.of("ACC-MFA"),
            "Webmail is reached from anywhere with only a password; stolen credentials are SMEs' second"
                + " entry route (IPA 2024: 36.8% of unauthorised access) and MFA costs nothing"),
        top5("dentalClinic", List.of("INC-LEAK"),
            "Holding 要配慮 data, the clinic must report even one leaked record to the PPC within 3-5"
                + " days (個人情報保護法): it must know how before it happens"),
        top5("dentalClinic", List.of("BACKUP-01", "BACKUP-02"),
            "Backups are only partial: if the claims PC is encrypted the clinic cannot bill, and NPA"
                + " found 81% of victims with backups could not restore"),
        // 30-person construction firm
        top5("construction", List.of("NET-EXPOSE"),
            "A remote-desktop port open to the internet is how most ransomware gets in (NPA 2024: VPN"
                + " 55%, RDP 31%): closing it is this week's job"),
        top5("construction", List.of("ACC-VPNMFA"),
            "The site manager still needs remote access: through a VPN or gateway with MFA and no"
                + " unused IDs, never a bare password on RDP"),
        top5("construction", List.of("BACKUP-02"),
            "Drawings due to clients sit on a NAS whose backup stays connected: ransomware encrypts both,"
                + " so one offline or immutable copy decides whether the firm recovers"),
        top5("construction", List.of("ACC-MFA"),
            "Cloud mail for 30 people used from sites and phones: MFA closes the stolen-password route"
                + " and business e-mail fraud, for free"),
        // 12-person web-production firm
        top5("webProduction", List.of("WEB-CMS"),
            "Fifteen self-run WordPress sites: outdated plugins and guessed admin logins are how such"
                + " sites are taken over, so updates, plugin hygiene and admin-login protection come first"),
        top5("webProduction", List.of("NET-PATCH", "NET-EXPOSE"),
            "It runs internet-facing servers itself: exploited vulnerabilities are the top"
                + " unauthorised-access route (IPA 2024: 48%), so what the servers expose is patched within"
                + " 14 days or closed (as for the factory's VPN appliance, either comes first; the CMS itself"
                + " is the WEB-CMS row)"),
        top5("webProduction", List.of("BACKUP-02"),
            "Clients' sites live on its own servers (integrity and availability 3): an offline or"
                + " immutable copy decides whether a wiped or encrypted server ends the client contracts"),
        // 8-person used-car dealer
        top5("usedCarDealer", List.of("PAY-CARD"),
            "It takes cards: a certified terminal and keeping no card numbers (カード情報非保持) is what"
                + " 割賦販売法 asks of every card merchant, and a card leak costs the merchant contract"),
        top5("usedCarDealer", List.of("ACC-MFA"),
            "Its website, LINE account and mail are run by providers: the way in is a stolen password,"
                + " so MFA on each account is the protection that exists, and it is free"),
        // 40-person care home
        top5("careHome", List.of("ACC-INDIVIDUAL"),
            "One shared ID per floor on the care-record system: nobody can tell who read or changed a"
                + " resident's record, leavers keep access and MFA is impossible; one login per person first"),
        top5("careHome", List.of("ACC-MFA"),
            "Residents' health records live in a cloud system reachable from anywhere: one stolen"
                + " password opens all of them"),
        top5("careHome", List.of("INC-LEAK"),
            "Residents' health data is 要配慮: a leak of even one record must be reported to the PPC"
                + " within 3-5 days, so the procedure must exist before it happens"),
        // 4-person bakery
        top5("bakery", UNSUPPORTED_FIX,
            "Her only PC runs a Windows without security fixes and handles the shop's orders: replace"
                + " it, buy extended updates or keep it off the internet; 'keep software updated' cannot help it"),
        top5("bakery", List.of("ACC-MFA"),
            "The shop lives on the EC platform and a Gmail account: a stolen password lets someone take"
                + " the shop, change the payout account or read customers' addresses; MFA is free"),
        top5("bakery", List.of("BACKUP-EXPORT"),
            "Her customer and order data exist only at the platform: a regular export to an offline copy"
                + " is the smallest firm's backup, and it is free"),
        // 50-person factory
        top5("factory", List.of("ACC-VPNMFA"),
            "The VPN appliance used for remote maintenance is the route of most ransomware entries (NPA:"
                + " VPN 55%, RDP 31%): MFA and removing unused IDs come first, not in month three"),
        top5("factory", List.of("NET-PATCH", "NET-FW", "NET-EXPOSE"),
            "The other half of VPN break-ins is an unpatched appliance: its firmware fixed within 14"
                + " days, or at least a review of what is exposed"),
        top5("factory", List.of("BACKUP-02"),
            "Importance-3 production data on NAS and servers with a backup disk that stays connected:"
                + " without an offline or immutable copy ransomware stops the plant for weeks"),
        // The three firms of PlannerTest
        top5("taxAccountant", List.of("ACC-MFA"),
            "Clients' tax files travel through cloud mail: MFA is free and closes the stolen-password route"),
        top5("taxAccountant", List.of("INC-LEAK", "ORG-MYNUMBER"),
            "Clients' My Number is a legal duty (番号法, 個人情報保護法): handling rules or the PPC"
                + " leak-report procedure come early"),
        top5("logistics", List.of("ACC-VPNMFA"),
            "Depots joined by an internet-facing VPN: the top ransomware route; MFA and removing unused IDs first"),
        top5("logistics", List.of("NET-EXPOSE"),
            "Two groups reachable from the internet: find and close what need not be reachable"),
        top5("softwareHouse", List.of("ACC-VPNMFA"),
            "A staff VPN for 200 people working from home: the top ransomware route"),
        top5("softwareHouse", List.of("BACKUP-02"),
            "Importance-3 code and data on twelve servers and two NAS: an offline or immutable copy is"
                + " what survives ransomware"));
  }

  /** Firm, code, why. */
  static Stream<Arguments> mustNotBeInTheFirstTen() {
    return Stream.of(
        // dental clinic
        notTop10("dentalClinic", "WEB-WAF", "The clinic runs no website or shop of its own: a WAF protects nothing it has"),
        notTop10("dentalClinic", "ORG-AI", "The clinic never said its staff use generative AI"),
        notTop10("dentalClinic", "NET-GUEST", "Its Wi-Fi is for staff; it declared no guest Wi-Fi"),
        notTop10("dentalClinic", "PAY-CARD", "It declared no card payments"),
        notTop10("dentalClinic", "HR-PHISH",
            "A ¥66,000 phishing-drill kit for six people before the claims PC and webmail are fixed is"
                + " the wrong order; e-mail is a minor ransomware route (NPA: 2%)"),
        notTop10("dentalClinic", "ORG-REGS",
            "A ¥200,000 expert-written rulebook does not come before the claims PC in a 6-person clinic;"
                + " IPA's free handbook template covers its rules"),
        // construction firm
        notTop10("construction", "WEB-WAF", "It runs no website or shop of its own"),
        notTop10("construction", "ORG-AI", "It never said staff use generative AI"),
        notTop10("construction", "PAY-CARD", "It declared no card payments"),
        notTop10("construction", "NET-GUEST", "It declared no guest Wi-Fi"),
        notTop10("construction", "ACC-INDIVIDUAL", "It declared no shared logins"),
        // web-production firm
        notTop10("webProduction", "PAY-CARD", "It declared no card payments"),
        notTop10("webProduction", "NET-GUEST", "It declared no guest Wi-Fi"),
        notTop10("webProduction", "ACC-INDIVIDUAL", "It declared no shared logins"),
        notTop10("webProduction", "ACC-VPNMFA", "It declared no VPN or remote-desktop device"),
        notTop10("webProduction", "AST-REPLACE", "It declared no device the vendor no longer supports"),
        notTop10("webProduction", "DEV-MDM",
            "Managing four phones is not among the ten most urgent things for a firm whose exposure is"
                + " fifteen public websites on its own servers"),
        // used-car dealer
        notTop10("usedCarDealer", "WEB-WAF",
            "Its website is run by a provider: shielding the servers (WAF, DDoS) is the provider's job;"
                + " the dealer protects the login"),
        notTop10("usedCarDealer", "WEB-SCAN",
            "Paying for a vulnerability assessment of a provider's servers the dealer cannot patch is money wasted"),
        notTop10("usedCarDealer", "WEB-CMS", "There is no CMS of its own to update: the site is hosted"),
        notTop10("usedCarDealer", "NET-EXPOSE", "Nothing the dealer runs itself is reachable from the internet"),
        notTop10("usedCarDealer", "NET-PATCH",
            "Nothing the dealer runs itself is reachable from the internet; its website is patched by its provider"),
        notTop10("usedCarDealer", "ORG-AI", "It never said staff use generative AI"),
        // care home
        notTop10("careHome", "WEB-WAF", "It runs no website or shop of its own"),
        notTop10("careHome", "WEB-SCAN", "It runs no website or shop of its own"),
        notTop10("careHome", "NET-EXPOSE", "Nothing it runs itself is reachable from the internet"),
        notTop10("careHome", "ORG-AI", "It never said staff use generative AI"),
        notTop10("careHome", "PAY-CARD", "It declared no card payments"),
        notTop10("careHome", "TEL-RULES", "Care staff work on site; it declared no telework"),
        // bakery
        notTop10("bakery", "WEB-WAF",
            "The shop runs on an EC platform that shields its own servers: a WAF with a DDoS reason is"
                + " the issue's own example of wrong advice"),
        notTop10("bakery", "WEB-SCAN", "A vulnerability assessment of the platform's servers is not hers to buy"),
        notTop10("bakery", "NET-EXPOSE", "She runs nothing reachable from the internet"),
        notTop10("bakery", "NET-PATCH", "She runs nothing reachable from the internet"),
        notTop10("bakery", "ORG-AI", "She never mentioned AI"),
        notTop10("bakery", "PAY-CARD", "She declared no card terminal; online payments are the platform's"),
        // factory
        notTop10("factory", "WEB-WAF", "Its corporate website is hosted by a provider"),
        notTop10("factory", "WEB-SCAN", "Its corporate website is hosted by a provider"),
        notTop10("factory", "WEB-CMS", "Its corporate website is hosted by a provider"),
        notTop10("factory", "ORG-AI", "It never said staff use generative AI"),
        notTop10("factory", "NET-GUEST", "It declared no guest Wi-Fi"),
        // PlannerTest's three
        notTop10("taxAccountant", "ORG-AI", "It never said it uses generative AI"),
        notTop10("taxAccountant", "WEB-WAF", "It runs no website or shop of its own"),
        notTop10("taxAccountant", "NET-EXPOSE", "Nothing it runs itself is reachable from the internet"),
        notTop10("taxAccountant", "PAY-CARD", "It declared no card payments"),
        notTop10("logistics", "ORG-AI", "It never said staff use generative AI"),
        notTop10("logistics", "WEB-WAF", "It runs no website or shop of its own"),
        notTop10("logistics", "PAY-CARD", "It declared no card payments"),
        notTop10("softwareHouse", "NET-GUEST", "It declared no guest Wi-Fi"),
        notTop10("softwareHouse", "PAY-CARD", "It declared no card payments"),
        notTop10("softwareHouse", "OT-SEGMENT", "It has no factory or control equipment"));
  }

  /** Firm, any one of these codes, why: in the plan at all (not necessarily in the first five). */
  static Stream<Arguments> mustBeInThePlan() {
    return Stream.of(
        Arguments.of("factory", List.of("OT-SEGMENT"),
            "Production equipment shares the network the maintenance VPN reaches; segmenting it fits"
                + " the ¥600,000 one-off budget, which the issue found left unspent"),
        Arguments.of("factory", List.of("OUT-VENDOR"),
            "The VPN exists for the machine maker: its access only when needed, with its own account"),
        Arguments.of("construction", List.of("DEV-MDM", "AST-ENCRYPT"),
            "Fifteen tablets with clients' drawings travel to building sites: a lost one must leak nothing"),
        Arguments.of("bakery", List.of("FIVE-03", "ACC-PWMGR"),
            "She answered that passwords are neither long nor unique: free, and it guards the shop's accounts"));
  }

  private static Arguments top5(String firm, List<String> anyOf, String why) {
    return Arguments.of(firm, anyOf, why);
  }

  private static Arguments notTop10(String firm, String code, String why) {
    return Arguments.of(firm, code, why);
  }

  // ---------------------------------------------------------------------------------------------
  // The checks
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: one of {1} in the first five, because {2}")
  @MethodSource("mustBeInTheFirstFive")
  void consultantsFirstStepsAreAmongTheFirstFive(String firm, List<String> anyOf, String why) {
    Plan plan = plan(firm);
    List<String> firstFive = codes(plan).stream().limit(5).toList();
    assertThat(firstFive).as("%s: one of %s must be in the first five because %s%n%s", firm, anyOf,
        why, describe(plan, anyOf)).containsAnyElementsOf(anyOf);
  }

  @ParameterizedTest(name = "{0}: {1} not in the first ten, because {2}")
  @MethodSource("mustNotBeInTheFirstTen")
  void wrongAdviceIsNotAmongTheFirstTen(String firm, String code, String why) {
    Plan plan = plan(firm);
    List<String> firstTen = codes(plan).stream().limit(10).toList();
    assertThat(firstTen).as("%s: %s must not be in the first ten because %s%n%s", firm, code, why,
        describe(plan, List.of(code))).doesNotContain(code);
  }

  @ParameterizedTest(name = "{0}: one of {1} in the plan, because {2}")
  @MethodSource("mustBeInThePlan")
  void whatFitsTheBudgetAndMattersIsInThePlan(String firm, List<String> anyOf, String why) {
    Plan plan = plan(firm);
    assertThat(codes(plan)).as("%s: one of %s must be in the plan because %s%n%s", firm, anyOf, why,
        describe(plan, anyOf)).containsAnyElementsOf(anyOf);
  }

  static Stream<Firm> firms() {
    return ConsultantScenarios.firms().stream();
  }

  /** Every reason of the first five names the company's own asset, answer or declaration. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("firms")
  void reasonsOfTheFirstFiveNameTheCompanysOwnFacts(Firm firm) {
    Plan plan = plan(firm.name());
    assertThat(plan.items()).as("%s gets a plan", firm.name()).isNotEmpty();
    for (Plan.Item item : plan.items().stream().limit(5).toList()) {
      List<String> keys = item.reasons().stream().map(Reason::key).toList();
      assertThat(keys).as("%s: %s is explained only by %s; a consultant names the company's own"
              + " asset, answer or declaration", firm.name(), item.measure().code(), keys)
          .anyMatch(k -> !GENERIC_REASONS.contains(k));
    }
  }

  /**
   * An owner knows what to do this week: the plan starts with this week's items, a few of them
   * (at least three when the plan has three, never more than five).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("firms")
  void thePlanStartsWithAFewThingsForThisWeek(Firm firm) {
    Plan plan = plan(firm.name());
    List<String> phases = plan.items().stream().map(i -> i.phase().name()).toList();
    long thisWeek = phases.stream().filter("THIS_WEEK"::equals).count();
    assertThat(phases).as("%s: the first item is for this week; phases were %s", firm.name(), phases)
        .first().isEqualTo("THIS_WEEK");
    assertThat(thisWeek).as("%s: this week holds between 3 and 5 items; phases were %s", firm.name(), phases)
        .isBetween((long) Math.min(3, plan.items().size()), 5L);
  }

  /** Every code the table names is in the catalogue, so an expectation cannot pass by a typo. */
  @Test
  void everyCodeTheConsultantNamesIsInTheCatalogue() {
    Set<String> named = new LinkedHashSet<>();
    Stream.concat(mustBeInTheFirstFive(), mustBeInThePlan())
        .forEach(a -> named.addAll(castList(a.get()[1])));
    mustNotBeInTheFirstTen().forEach(a -> named.add((String) a.get()[1]));
    Set<String> catalogue = Scenarios.catalogue().measures().stream().map(Measure::code)
        .collect(Collectors.toSet());
    assertThat(named.stream().filter(c -> !catalogue.contains(c)).toList())
        .as("codes named by the consultant's table that catalogue %s lacks", Scenarios.catalogue().version())
        .isEmpty();
    Set<String> firms = ConsultantScenarios.firms().stream().map(Firm::name).collect(Collectors.toSet());
    Stream.of(mustBeInTheFirstFive(), mustNotBeInTheFirstTen(), mustBeInThePlan()).flatMap(s -> s)
        .forEach(a -> assertThat(firms).contains((String) a.get()[0]));
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  private static List<String> codes(Plan p) {
    return p.items().stream().map(i -> i.measure().code()).toList();
  }

  /** What the plan did instead, for the failure message: its first ten, and where the codes went. */
  private static String describe(Plan plan, List<String> codes) {
    List<String> lines = new ArrayList<>();
    List<Plan.Item> items = plan.items();
    for (int k = 0; k < Math.min(10, items.size()); k++) {
      Plan.Item i = items.get(k);
      lines.add(String.format("  %2d. %-14s %-16s ¥%,d once, ¥%,d/month  %s", k + 1, i.measure().code(),
          i.phase().name(), i.oneOffYen(), i.netMonthlyYen(),
          i.reasons().stream().map(Reason::key).toList()));
    }
    List<String> next = plan.next().stream().map(i -> i.measure().code()).toList();
    for (String code : codes) {
      int rank = codes(plan).indexOf(code);
      lines.add("  " + code + ": " + (rank >= 0 ? "item " + (rank + 1) + " of " + items.size()
          : next.contains(code) ? "not chosen, listed under next"
          : Scenarios.catalogue().measure(code).isPresent() ? "not chosen" : "not in the catalogue"));
    }
    return "first ten of the plan:\n" + String.join("\n", lines);
  }
}
