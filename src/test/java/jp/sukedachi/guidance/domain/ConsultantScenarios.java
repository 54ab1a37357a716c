package jp.sukedachi.guidance.domain;

import static jp.sukedachi.assessment.facts.Answer.IMPLEMENTED;
import static jp.sukedachi.assessment.facts.Answer.NOT_IMPLEMENTED;
import static jp.sukedachi.assessment.facts.Answer.PARTIAL;
import static jp.sukedachi.assessment.facts.Answer.UNKNOWN;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * Realistic SMEs as a security consultant meets them (issue #7), each with the budget its owner
 * would name when asked "what can you spend on this?". Self-run assets go in {@code assetCounts},
 * services a provider runs for the firm (webmail, an EC-platform shop, SaaS, a social-media
 * account) in {@code hostedCounts}; an unsupported device is also counted among the self-run
 * devices, and an internet-facing group is one of the self-run groups.
 *
 * <p>Self-check answers are the ones such a firm typically gives on IPA's 25-item 自社診断
 * (1 updates, 2 anti-virus, 3 passwords, 4 access, 5 threat info, 6 suspicious mail, 7 mis-sending,
 * 8 protecting mail, 9 Wi-Fi, 10 internet/SNS, 11 backup, 12 clear desk, 13 taking out, 14 screen
 * lock, 15 visitors, 16 locking equipment, 17 locking the office, 18 disposal, 19 confidentiality,
 * 20 training, 21 BYOD, 22 NDA, 23 choosing services, 24 incident readiness, 25 written rules).
 */
public final class ConsultantScenarios {

  private ConsultantScenarios() {}

  /** A firm of the consultant's table with the budget its owner would set (subsidy off). */
  public record Firm(String name, String description, Situation situation, Budget budget) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every firm of the table, in the order of the issue. */
  public static List<Firm> firms() {
    return List.of(dentalClinic(), construction(), webProduction(), usedCarDealer(), careHome(),
        bakery(), factory(), taxAccountant(), logistics(), softwareHouse());
  }

  public static Firm firm(String name) {
    return firms().stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No consultant firm " + name));
  }

  /**
   * A 6-person dental clinic (院長, 2 dentists' assistants, 2 hygienists, a receptionist).
   * Patient records and X-ray images are 要配慮個人情報; the reception PC runs the claims software
   * (レセコン) on a Windows the vendor no longer updates, because the claims software was never
   * certified for the new one. Staff-only Wi-Fi, webmail from the internet provider.
   *
   * <p>Budget: a clinic owner who is told the claims PC is a risk will pay for a replacement PC
   * once (¥200,000 covers one PC and the vendor's re-install) and about ¥10,000 a month, with
   * 15 hours of the receptionist's and his own time this year.
   */
  public static Firm dentalClinic() {
    return new Firm("dentalClinic",
        "6-person dental clinic, 要配慮 patient records on an unsupported claims PC, Wi-Fi, webmail",
        new Situation(6, 1, true, false,
            Map.of("PC", 4, "NETWORK", 1, "PRINTER", 1),
            Map.of("CLOUD_EMAIL", 1),
            1, 0,
            ratings(3, 3, 2),
            Set.of(PersonalInfo.PERSONAL, PersonalInfo.SENSITIVE),
            Set.of(),
            answers(1, PARTIAL, 2, IMPLEMENTED, 3, PARTIAL, 4, NOT_IMPLEMENTED, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, NOT_IMPLEMENTED, 9, PARTIAL, 10, NOT_IMPLEMENTED,
                11, PARTIAL, 12, IMPLEMENTED, 13, IMPLEMENTED, 14, NOT_IMPLEMENTED, 15, IMPLEMENTED,
                16, PARTIAL, 17, IMPLEMENTED, 18, PARTIAL, 19, IMPLEMENTED, 20, NOT_IMPLEMENTED,
                21, NOT_IMPLEMENTED, 22, PARTIAL, 23, UNKNOWN, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(10_000, 200_000, 15, false));
  }

  /**
   * A 30-person general contractor (head office and a materials yard): 20 office PCs, 15 tablets
   * that site managers carry to building sites, a NAS holding clients' drawings, cloud mail, and
   * a remote-desktop port forwarded on the office router so the site manager can reach his
   * office PC from sites. Drawings are due to clients on fixed dates: availability and integrity 3.
   *
   * <p>Budget: a 30-person builder spends about ¥30,000 a month on IT support already and will
   * add the same again for security; ¥300,000 once (a VPN router and an expert's day fit); 40 hours
   * of the office manager's time.
   */
  public static Firm construction() {
    return new Firm("construction",
        "30-person construction firm, 15 site tablets, NAS with drawings, cloud mail, RDP port open",
        new Situation(30, 2, true, false,
            Map.of("PC", 20, "MOBILE", 15, "NAS", 1, "NETWORK", 2, "PRINTER", 2, "REMOTE_ACCESS", 1),
            Map.of("CLOUD_EMAIL", 1),
            0, 1,
            ratings(2, 3, 3),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(BusinessSignal.TELEWORK),
            answers(1, PARTIAL, 2, IMPLEMENTED, 3, PARTIAL, 4, PARTIAL, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, NOT_IMPLEMENTED, 9, IMPLEMENTED, 10, PARTIAL,
                11, PARTIAL, 12, PARTIAL, 13, NOT_IMPLEMENTED, 14, PARTIAL, 15, IMPLEMENTED,
                16, PARTIAL, 17, IMPLEMENTED, 18, PARTIAL, 19, PARTIAL, 20, NOT_IMPLEMENTED,
                21, NOT_IMPLEMENTED, 22, PARTIAL, 23, UNKNOWN, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(30_000, 300_000, 40, false));
  }

  /**
   * A 12-person web-production firm that builds WordPress sites for clients and hosts 15 of them
   * on three servers of its own (a rented rack, run and patched by the firm). Google Workspace for
   * mail, a company SNS account; staff use generative AI for copy and code and often work from
   * home. Client sites collect enquiries (personal data); a defaced or lost client site costs the
   * contract: integrity and availability 3.
   *
   * <p>Budget: hosting is its business, so it names ¥50,000 a month, ¥300,000 once and 40 hours.
   */
  public static Firm webProduction() {
    return new Firm("webProduction",
        "12-person web-production firm running 15 client WordPress sites on its own servers",
        new Situation(12, 1, true, false,
            Map.of("PC", 14, "SERVER", 3, "WEBSITE", 15, "NAS", 1, "NETWORK", 1, "MOBILE", 4),
            Map.of("CLOUD_EMAIL", 1, "SNS_ACCOUNT", 1),
            0, 2,
            ratings(2, 3, 3),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(BusinessSignal.AI_USE, BusinessSignal.TELEWORK),
            answers(1, IMPLEMENTED, 2, IMPLEMENTED, 3, PARTIAL, 4, PARTIAL, 5, PARTIAL,
                6, IMPLEMENTED, 7, PARTIAL, 8, PARTIAL, 9, IMPLEMENTED, 10, PARTIAL,
                11, PARTIAL, 12, PARTIAL, 13, PARTIAL, 14, PARTIAL, 15, PARTIAL,
                16, PARTIAL, 17, IMPLEMENTED, 18, PARTIAL, 19, PARTIAL, 20, PARTIAL,
                21, NOT_IMPLEMENTED, 22, IMPLEMENTED, 23, PARTIAL, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(50_000, 300_000, 40, false));
  }

  /**
   * An 8-person used-car dealer: four office PCs, a card terminal at the counter, a website run by
   * a dealer-site provider, a LINE official account for customers and the provider's webmail.
   * Customer files hold names, addresses and copies of driving licences.
   *
   * <p>Budget: a dealer of this size thinks of security as "the anti-virus" and names ¥5,000 a
   * month, ¥50,000 once and 10 hours.
   */
  public static Firm usedCarDealer() {
    return new Firm("usedCarDealer",
        "8-person used-car dealer, card terminal, hosted website, messaging-app account",
        new Situation(8, 1, true, false,
            Map.of("PC", 4, "MOBILE", 3, "NETWORK", 1, "PRINTER", 1, "POS", 1),
            Map.of("WEBSITE", 1, "SNS_ACCOUNT", 1, "CLOUD_EMAIL", 1),
            0, 0,
            ratings(2, 2, 2),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(BusinessSignal.CARD_PAYMENT),
            answers(1, PARTIAL, 2, IMPLEMENTED, 3, NOT_IMPLEMENTED, 4, NOT_IMPLEMENTED, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, NOT_IMPLEMENTED, 9, PARTIAL, 10, NOT_IMPLEMENTED,
                11, NOT_IMPLEMENTED, 12, PARTIAL, 13, NOT_IMPLEMENTED, 14, NOT_IMPLEMENTED, 15, PARTIAL,
                16, NOT_IMPLEMENTED, 17, IMPLEMENTED, 18, PARTIAL, 19, PARTIAL, 20, NOT_IMPLEMENTED,
                21, NOT_IMPLEMENTED, 22, NOT_IMPLEMENTED, 23, UNKNOWN, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(5_000, 50_000, 10, false));
  }

  /**
   * A 40-person care home (介護施設): residents' care and health records in a cloud care-record
   * system (SaaS) plus webmail, 15 tablets shared by the care staff on each floor, logged in with
   * one shared ID per floor, six office PCs and bed-side watch sensors. Health data is 要配慮.
   *
   * <p>Budget: care homes run on thin margins; the director names ¥20,000 a month, ¥150,000 once
   * and 30 hours of the office manager's time.
   */
  public static Firm careHome() {
    return new Firm("careHome",
        "40-person care home, cloud care-record system, shared tablets and shared logins",
        new Situation(40, 1, true, false,
            Map.of("PC", 6, "MOBILE", 15, "NETWORK", 2, "PRINTER", 2, "CAMERA_IOT", 6),
            Map.of("CLOUD_EMAIL", 2),
            0, 0,
            ratings(3, 3, 2),
            Set.of(PersonalInfo.PERSONAL, PersonalInfo.SENSITIVE),
            Set.of(BusinessSignal.SHARED_ACCOUNTS),
            answers(1, PARTIAL, 2, IMPLEMENTED, 3, NOT_IMPLEMENTED, 4, NOT_IMPLEMENTED, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, NOT_IMPLEMENTED, 9, PARTIAL, 10, NOT_IMPLEMENTED,
                11, UNKNOWN, 12, PARTIAL, 13, NOT_IMPLEMENTED, 14, NOT_IMPLEMENTED, 15, IMPLEMENTED,
                16, PARTIAL, 17, IMPLEMENTED, 18, PARTIAL, 19, IMPLEMENTED, 20, NOT_IMPLEMENTED,
                21, NOT_IMPLEMENTED, 22, PARTIAL, 23, UNKNOWN, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(20_000, 150_000, 30, false));
  }

  /**
   * A 4-person bakery (the example): one PC, on a Windows the vendor no longer updates,
   * used for the accounts and the online shop's orders; the shop itself runs on an EC platform
   * (BASE/STORES type), mail is Gmail, the owner posts on Instagram from her phone. Customers'
   * delivery addresses are the only personal data.
   *
   * <p>Budget: like half of Tokyo's SMEs (costs-threats.md §2.6) she spends at most ¥3,000 a month
   * on security; ¥50,000 once, 8 hours.
   */
  public static Firm bakery() {
    return new Firm("bakery",
        "4-person bakery, its only PC on an unsupported Windows, shop on an EC platform (hosted)",
        new Situation(4, 1, true, true,
            Map.of("PC", 1, "MOBILE", 1, "NETWORK", 1, "PRINTER", 1),
            Map.of("EC_SITE", 1, "CLOUD_EMAIL", 1, "SNS_ACCOUNT", 1),
            1, 0,
            ratings(2, 2, 2),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(),
            answers(1, PARTIAL, 2, IMPLEMENTED, 3, NOT_IMPLEMENTED, 4, PARTIAL, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, NOT_IMPLEMENTED, 9, PARTIAL, 10, PARTIAL,
                11, NOT_IMPLEMENTED, 12, PARTIAL, 13, IMPLEMENTED, 14, NOT_IMPLEMENTED, 15, PARTIAL,
                16, NOT_IMPLEMENTED, 17, IMPLEMENTED, 18, PARTIAL, 19, PARTIAL, 20, NOT_IMPLEMENTED,
                21, NOT_IMPLEMENTED, 22, NOT_IMPLEMENTED, 23, NOT_IMPLEMENTED, 24, NOT_IMPLEMENTED,
                25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(3_000, 50_000, 8, false));
  }

  /**
   * A 50-person parts factory (the example), office and plant: a VPN appliance reachable
   * from the internet that the machine maker uses for remote maintenance of the line, two servers
   * (production management, files) and a NAS with CAD data, all importance 3, four pieces of
   * production equipment (NC machines and a PLC line) on the same network as the office, cloud
   * mail and a corporate website at a hosting company. Patches and anti-virus are in place;
   * backups go to a USB disk that stays connected to the NAS.
   *
   * <p>Budget: ¥80,000 a month, ¥600,000 once, 40 hours — what a factory of this size sets aside
   * after a customer's security questionnaire.
   */
  public static Firm factory() {
    return new Firm("factory",
        "50-person factory, internet-facing VPN for remote maintenance, importance-3 NAS/servers, OT",
        new Situation(50, 2, true, false,
            Map.of("PC", 35, "SERVER", 2, "NAS", 1, "NETWORK", 3, "PRINTER", 3, "REMOTE_ACCESS", 1,
                "OT", 4, "MOBILE", 10),
            Map.of("CLOUD_EMAIL", 1, "WEBSITE", 1),
            0, 1,
            ratings(3, 3, 3),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(),
            answers(1, IMPLEMENTED, 2, IMPLEMENTED, 3, PARTIAL, 4, PARTIAL, 5, NOT_IMPLEMENTED,
                6, PARTIAL, 7, PARTIAL, 8, PARTIAL, 9, IMPLEMENTED, 10, PARTIAL,
                11, PARTIAL, 12, IMPLEMENTED, 13, PARTIAL, 14, PARTIAL, 15, IMPLEMENTED,
                16, PARTIAL, 17, IMPLEMENTED, 18, PARTIAL, 19, IMPLEMENTED, 20, PARTIAL,
                21, NOT_IMPLEMENTED, 22, IMPLEMENTED, 23, PARTIAL, 24, NOT_IMPLEMENTED, 25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(80_000, 600_000, 40, false));
  }

  /**
   * The two-person tax accountant's office of {@code PlannerTest}, with its mail as the hosted
   * service it is: three PCs, a printer, clients' My Number and personal data.
   *
   * <p>Budget: ¥5,000 a month, ¥30,000 once, 10 hours (as in PlannerTest).
   */
  public static Firm taxAccountant() {
    return new Firm("taxAccountant",
        "2-person tax accountant with clients' My Number data and cloud mail",
        new Situation(2, 1, true, true,
            Map.of("PC", 3, "PRINTER", 1, "NETWORK", 1),
            Map.of("CLOUD_EMAIL", 1),
            0, 0,
            ratings(3, 3, 2),
            Set.of(PersonalInfo.MY_NUMBER, PersonalInfo.PERSONAL),
            Set.of(),
            fill(PARTIAL, 2, IMPLEMENTED, 15, IMPLEMENTED, 17, IMPLEMENTED),
            Set.of()),
        new Budget(5_000, 30_000, 10, false));
  }

  /**
   * The 30-person logistics firm of {@code PlannerTest}: three depots joined by a VPN, an
   * internet-facing server, 30 handheld terminals, cloud dispatch and mail (hosted), one device
   * the vendor no longer supports.
   *
   * <p>Budget: ¥50,000 a month, ¥300,000 once, 60 hours (as in PlannerTest).
   */
  public static Firm logistics() {
    return new Firm("logistics",
        "30-person logistics firm, depot VPN, internet-facing server, handhelds, cloud dispatch",
        new Situation(30, 3, true, false,
            Map.of("PC", 15, "MOBILE", 30, "REMOTE_ACCESS", 1, "NETWORK", 3, "SERVER", 1),
            Map.of("CLOUD_EMAIL", 2),
            1, 2,
            ratings(2, 3, 3),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(),
            fill(PARTIAL, 1, IMPLEMENTED, 2, IMPLEMENTED, 11, NOT_IMPLEMENTED, 24, NOT_IMPLEMENTED,
                3, UNKNOWN),
            Set.of()),
        new Budget(50_000, 300_000, 60, false));
  }

  /**
   * The 200-person software house of {@code PlannerTest}: twelve servers, a self-run website,
   * staff VPN, NAS, hosted mail; staff work from home and use generative AI for code.
   *
   * <p>Budget: ¥500,000 a month, ¥2,000,000 once, 200 hours (as in PlannerTest).
   */
  public static Firm softwareHouse() {
    return new Firm("softwareHouse",
        "200-person software house, servers, self-run website, VPN, NAS, telework, AI use",
        new Situation(200, 2, true, false,
            Map.of("PC", 220, "SERVER", 12, "MOBILE", 150, "WEBSITE", 1, "REMOTE_ACCESS", 1,
                "NETWORK", 4, "NAS", 2),
            Map.of("CLOUD_EMAIL", 1),
            0, 3,
            ratings(3, 3, 3),
            Set.of(PersonalInfo.PERSONAL),
            Set.of(BusinessSignal.TELEWORK, BusinessSignal.AI_USE),
            fill(IMPLEMENTED, 6, PARTIAL, 20, PARTIAL, 21, NOT_IMPLEMENTED, 24, PARTIAL,
                25, NOT_IMPLEMENTED),
            Set.of()),
        new Budget(500_000, 2_000_000, 200, false));
  }

  private static Map<Threat.ImpactAxis, Integer> ratings(int c, int i, int a) {
    Map<Threat.ImpactAxis, Integer> m = new EnumMap<>(Threat.ImpactAxis.class);
    m.put(Threat.ImpactAxis.C, c);
    m.put(Threat.ImpactAxis.I, i);
    m.put(Threat.ImpactAxis.A, a);
    return m;
  }

  /** All 25 answers given one by one: item, answer, item, answer... */
  private static Map<Integer, Answer> answers(Object... itemAnswer) {
    Map<Integer, Answer> m = new HashMap<>();
    for (int k = 0; k < itemAnswer.length; k += 2) {
      m.put((Integer) itemAnswer[k], (Answer) itemAnswer[k + 1]);
    }
    if (m.size() != 25) {
      throw new IllegalArgumentException("A taken self-check answers all 25 items, not " + m.size());
    }
    return m;
  }

  /** All 25 answers as {@code fill} except the overrides: item, answer, item, answer... */
  private static Map<Integer, Answer> fill(Answer fill, Object... overrides) {
    Object[] all = new Object[50];
    for (int i = 1; i <= 25; i++) {
      all[2 * (i - 1)] = i;
      all[2 * (i - 1) + 1] = fill;
    }
    Map<Integer, Answer> m = answers(all);
    for (int k = 0; k < overrides.length; k += 2) {
      m.put((Integer) overrides[k], (Answer) overrides[k + 1]);
    }
    return m;
  }
}
