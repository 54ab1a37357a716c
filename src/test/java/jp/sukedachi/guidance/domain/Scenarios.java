package jp.sukedachi.guidance.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.guidance.infrastructure.CatalogueReader;
import jp.sukedachi.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;

/** The real catalogue from ddl/ and realistic SMEs, for plan tests and benchmarks. */
public final class Scenarios {
  private static Catalogue catalogue;

  private Scenarios() {}

  public static synchronized Catalogue catalogue() {
    if (catalogue == null) {
      var db = TestDatabase.freshDatabase("catalogue_test");
      Flyway.configure().dataSource(db)
          .locations("filesystem:" + System.getProperty("sukedachi.ddl", "ddl")).load().migrate();
      catalogue = new CatalogueReader(db).read();
    }
    return catalogue;
  }

  static Map<Integer, Answer> answers(Answer fill, Object... overrides) {
    Map<Integer, Answer> m = new HashMap<>();
    for (int i = 1; i <= 25; i++) {
      m.put(i, fill);
    }
    for (int k = 0; k < overrides.length; k += 2) {
      m.put((Integer) overrides[k], (Answer) overrides[k + 1]);
    }
    return m;
  }

  /** A two-person tax accountant's office holding clients' My Number data. */
  public static Situation taxAccountant() {
    return cloudMailHosted(new Situation(2, 1, true, true, Map.of("PC", 3, "CLOUD_EMAIL", 1, "PRINTER", 1), 0, 1,
        Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 2),
        Set.of(PersonalInfo.MY_NUMBER, PersonalInfo.PERSONAL),
        answers(Answer.PARTIAL, 2, Answer.IMPLEMENTED, 15, Answer.IMPLEMENTED, 17, Answer.IMPLEMENTED),
        Set.of()));
  }

  /** A 30-person logistics firm: handheld terminals, cloud dispatch, a VPN for the depots. */
  public static Situation logistics() {
    return cloudMailHosted(new Situation(30, 3, true, false,
        Map.of("PC", 15, "MOBILE", 30, "CLOUD_EMAIL", 1, "REMOTE_ACCESS", 1, "NETWORK", 3, "SERVER", 1),
        1, 2, Map.of(Threat.ImpactAxis.C, 2, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL),
        answers(Answer.PARTIAL, 1, Answer.IMPLEMENTED, 2, Answer.IMPLEMENTED, 11, Answer.NOT_IMPLEMENTED,
            24, Answer.NOT_IMPLEMENTED, 3, Answer.UNKNOWN),
        Set.of()));
  }

  /** A 200-person software house with servers, a website, remote access and customer data. */
  public static Situation softwareHouse() {
    return cloudMailHosted(new Situation(200, 2, true, false,
        Map.of("PC", 220, "SERVER", 12, "MOBILE", 150, "CLOUD_EMAIL", 1, "WEBSITE", 1,
            "REMOTE_ACCESS", 1, "NETWORK", 4, "NAS", 2),
        0, 3, Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL),
        answers(Answer.IMPLEMENTED, 6, Answer.PARTIAL, 20, Answer.PARTIAL, 21, Answer.NOT_IMPLEMENTED,
            24, Answer.PARTIAL, 25, Answer.NOT_IMPLEMENTED),
        Set.of()));
  }

  /**
   * A 45-person metal-parts manufacturer with 40 PCs: two on-premises servers (production
   * management, file server), a NAS for CAD data, a VPN for staff and the maintenance vendor,
   * cloud mail, a corporate website, line-side controllers and customers' and staff's personal
   * data. It has the basics half done: patches and anti-virus in place, backups and passwords
   * partly, no incident plan or written rules.
   */
  public static Situation manufacturer() {
    return cloudMailHosted(new Situation(45, 2, true, false,
        Map.of("PC", 40, "SERVER", 2, "NAS", 1, "NETWORK", 3, "REMOTE_ACCESS", 1, "CLOUD_EMAIL", 1,
            "WEBSITE", 1, "MOBILE", 12, "PRINTER", 4, "OT", 3),
        1, 2, Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL),
        answers(Answer.PARTIAL, 1, Answer.IMPLEMENTED, 2, Answer.IMPLEMENTED, 5, Answer.NOT_IMPLEMENTED,
            9, Answer.UNKNOWN, 12, Answer.IMPLEMENTED, 15, Answer.IMPLEMENTED, 21, Answer.NOT_IMPLEMENTED,
            24, Answer.NOT_IMPLEMENTED, 25, Answer.NOT_IMPLEMENTED),
        Set.of()));
  }

  /** Cloud mail is a service a provider runs: the company has an account to protect, not a server. */
  static Situation cloudMailHosted(Situation s) {
    Map<String, Integer> own = new HashMap<>(s.assetCounts());
    Integer mail = own.remove("CLOUD_EMAIL");
    Map<String, Integer> hosted = new HashMap<>(s.hostedCounts());
    if (mail != null) {
      hosted.merge("CLOUD_EMAIL", mail, Integer::sum);
    }
    return new Situation(s.employees(), s.sites(), s.sme(), s.smallEnterprise(), own, hosted,
        s.unsupportedDevices(), s.internetFacingGroups(), s.highestRatings(), s.personalInfo(), s.signals(),
        s.answers(), s.doneMeasures());
  }

  /** A company of the table tests with the budget it would set itself (subsidy off). */
  public record Company(String name, Situation situation, Budget budget) {
    /** The same budget with the IT導入補助金 counted or not. */
    public Budget budget(boolean subsidy) {
      return new Budget(budget.monthlyYen(), budget.oneOffYen(), budget.hours(), subsidy);
    }
  }

  /** Every company above at its realistic budget: what benchmarks and whole-catalogue tests run over. */
  public static List<Company> companies() {
    return List.of(
        new Company("taxAccountant", taxAccountant(), new Budget(5_000, 30_000, 10, false)),
        new Company("logistics", logistics(), new Budget(50_000, 300_000, 60, false)),
        new Company("softwareHouse", softwareHouse(), new Budget(500_000, 2_000_000, 200, false)),
        new Company("manufacturer", manufacturer(), new Budget(80_000, 600_000, 40, false)));
  }

  public static Company company(String name) {
    return companies().stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No scenario company " + name));
  }

  /**
   * The selection problem the planner hands its optimiser for a company and a budget, for tests
   * and benchmarks of the optimiser alone. Built the way {@link Planner#plan} builds it.
   */
  public static Knapsack.Problem problem(Situation situation, Budget budget) {
    RiskModel model = new RiskModel(catalogue());
    List<RiskModel.Cell> cells = model.cells(situation);
    double[] risk = cells.stream().mapToDouble(RiskModel.Cell::current).toArray();
    List<Knapsack.Item> items = new Planner.Candidates(model, situation, budget, cells).list()
        .stream().map(Planner.Candidate::item).toList();
    return new Knapsack.Problem(risk, items, budget.monthlyYen(), budget.oneOffYen(), budget.hours());
  }
}
