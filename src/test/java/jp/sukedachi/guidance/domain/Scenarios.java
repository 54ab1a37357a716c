package jp.sukedachi.guidance.domain;

import java.util.HashMap;
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
    return new Situation(2, 1, true, true, Map.of("PC", 3, "CLOUD_EMAIL", 1, "PRINTER", 1), 0, 1,
        Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 2),
        Set.of(PersonalInfo.MY_NUMBER, PersonalInfo.PERSONAL),
        answers(Answer.PARTIAL, 2, Answer.IMPLEMENTED, 15, Answer.IMPLEMENTED, 17, Answer.IMPLEMENTED),
        Set.of());
  }

  /** A 30-person logistics firm: handheld terminals, cloud dispatch, a VPN for the depots. */
  public static Situation logistics() {
    return new Situation(30, 3, true, false,
        Map.of("PC", 15, "MOBILE", 30, "CLOUD_EMAIL", 1, "REMOTE_ACCESS", 1, "NETWORK", 3, "SERVER", 1),
        1, 2, Map.of(Threat.ImpactAxis.C, 2, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL),
        answers(Answer.PARTIAL, 1, Answer.IMPLEMENTED, 2, Answer.IMPLEMENTED, 11, Answer.NOT_IMPLEMENTED,
            24, Answer.NOT_IMPLEMENTED, 3, Answer.UNKNOWN),
        Set.of());
  }

  /** A 200-person software house with servers, a website, remote access and customer data. */
  public static Situation softwareHouse() {
    return new Situation(200, 2, true, false,
        Map.of("PC", 220, "SERVER", 12, "MOBILE", 150, "CLOUD_EMAIL", 1, "WEBSITE", 1,
            "REMOTE_ACCESS", 1, "NETWORK", 4, "NAS", 2),
        0, 3, Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.I, 3, Threat.ImpactAxis.A, 3),
        Set.of(PersonalInfo.PERSONAL),
        answers(Answer.IMPLEMENTED, 6, Answer.PARTIAL, 20, Answer.PARTIAL, 21, Answer.NOT_IMPLEMENTED,
            24, Answer.PARTIAL, 25, Answer.NOT_IMPLEMENTED),
        Set.of());
  }
}
