package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * Seeded random experts and SMEs for the expert matcher's property test and benchmark. Like the
 * registered specialists, most experts live in Kanto; nobody comes on site to Okinawa, so an
 * Okinawa SME's on-site items need a fallback.
 */
public final class RandomExperts {
  /** Catalogue measure codes an expert can deliver; the first eight need someone on site. */
  public static final List<String> MEASURES = List.of("NET-UTM", "NET-WIFI", "NET-FW", "NET-SERVER",
      "DEV-USB", "AST-INVENTORY", "OFFICE-01", "DISPOSE-01",
      "ACC-MFA", "ACC-ADMIN", "ACC-PWMGR", "ACC-VPNMFA", "AST-ENCRYPT", "AST-REGISTER", "BACKUP-01", "BACKUP-02",
      "CLD-ADMIN", "CLD-BACKUP", "DEV-EDR", "DEV-MDM", "HR-LEAVER", "HR-PHISH", "HR-TRAIN", "INC-01", "INC-BCP",
      "INC-CONTACTS", "INC-LEAK", "MAIL-01", "MAIL-02", "NET-EXPOSE", "NET-LOG", "NET-PATCH", "ORG-AI",
      "ORG-AUDIT", "ORG-OFFICER", "ORG-REGS", "ORG-RISK", "OUT-SELECT", "OUT-VENDOR", "POLICY-01");
  public static final int ON_SITE_MEASURES = 8;
  /** Region of prefecture JIS code i + 1 (ddl/V2). */
  static final String[] REGION = regions();

  private RandomExperts() {}

  public static String region(String prefectureCode) {
    return REGION[Integer.parseInt(prefectureCode) - 1];
  }

  public static List<ExpertCard> cards(int n, long seed) {
    Random random = new Random(seed);
    List<ExpertCard> out = new ArrayList<>(n);
    for (int id = 1; id <= n; id++) {
      int home = random.nextInt(10) < 6 ? 8 + random.nextInt(7) : 1 + random.nextInt(46);
      Set<String> prefectures = new HashSet<>();
      for (int k = 0, m = 1 + random.nextInt(4); k < m; k++) {
        prefectures.add(String.format("%02d", Math.max(1, Math.min(46, home + random.nextInt(5) - 2))));
      }
      Set<String> regions = new HashSet<>();
      prefectures.forEach(p -> regions.add(region(p)));
      boolean onSite = random.nextInt(2) == 0;
      boolean remote = !onSite || random.nextInt(5) < 3;
      Set<String> measures = new HashSet<>();
      for (int k = 0, m = 3 + random.nextInt(22); k < m; k++) {
        measures.add(MEASURES.get(random.nextInt(MEASURES.size())));
      }
      int monthly = 4 + random.nextInt(37);
      int free = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(monthly);
      int ratings = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(40);
      double average = ratings == 0 ? Double.NaN : 3 + random.nextInt(21) / 10.0;
      out.add(new ExpertCard(id, "Expert " + id, measures, prefectures, regions, remote, onSite,
          3_000 + 500L * random.nextInt(35), monthly, free, random.nextInt(9), average, ratings));
    }
    return out;
  }

  /**
   * An SME with {@code needs} open items drawn from {@link #MEASURES} ({@code onSite} of them
   * needing someone on site), seeded risks and hours, ¥50,000 a month.
   */
  public static ExpertSeeker seeker(String prefectureCode, int needs, int onSite, long seed) {
    Random random = new Random(seed);
    List<ExpertNeed> out = new ArrayList<>();
    for (int i = 0; i < needs; i++) {
      boolean presence = i < onSite;
      String code = presence ? MEASURES.get(i % ON_SITE_MEASURES)
          : MEASURES.get(ON_SITE_MEASURES + (i - onSite) % (MEASURES.size() - ON_SITE_MEASURES));
      out.add(new ExpertNeed(code, new Bilingual(code, code), 10_000 + random.nextInt(2_000_000),
          1 + random.nextInt(12) / 2.0, presence));
    }
    return new ExpertSeeker(prefectureCode, prefectureCode == null ? null : region(prefectureCode), 50_000, out);
  }

  private static String[] regions() {
    String[] r = new String[47];
    fill(r, 1, 1, "HOKKAIDO");
    fill(r, 2, 7, "TOHOKU");
    fill(r, 8, 14, "KANTO");
    fill(r, 15, 23, "CHUBU");
    fill(r, 24, 30, "KINKI");
    fill(r, 31, 35, "CHUGOKU");
    fill(r, 36, 39, "SHIKOKU");
    fill(r, 40, 46, "KYUSHU");
    fill(r, 47, 47, "OKINAWA");
    return r;
  }

  private static void fill(String[] r, int from, int to, String region) {
    for (int i = from; i <= to; i++) {
      r[i - 1] = region;
    }
  }
}
