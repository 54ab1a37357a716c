package jp.sukedachi.matching.domain;

import java.util.List;
import java.util.Set;
import jp.sukedachi.platform.Bilingual;

/**
 * Hand-made experts and a Kumamoto SME for the expert matcher's tests: a remote expert covering
 * nothing, ¥5,000 an hour, 20 of 20 hours free, 4 free slots, no ratings, changed one field at a
 * time.
 */
public final class TestExperts {
  public static final Bilingual MFA = new Bilingual("多要素認証", "MFA");
  public static final ExpertNeed NEED_MFA = new ExpertNeed("ACC-MFA", MFA, 1_200_000, 3, false);
  public static final ExpertNeed NEED_BACKUP =
      new ExpertNeed("BACKUP-01", new Bilingual("バックアップ", "Backups"), 900_000, 4, false);
  public static final ExpertNeed NEED_UTM =
      new ExpertNeed("NET-UTM", new Bilingual("UTMの設置", "Installing a UTM"), 600_000, 6, true);
  public static final ExpertNeed NEED_TRAINING =
      new ExpertNeed("HR-TRAIN", new Bilingual("社員教育", "Staff training"), 300_000, 5, false);
  public static final ExpertNeed NEED_WIFI =
      new ExpertNeed("NET-WIFI", new Bilingual("Wi-Fiの設定", "Wi-Fi setup"), 200_000, 2, true);
  /** Little risk, many hours: writing the company's rules. */
  public static final ExpertNeed NEED_RULES =
      new ExpertNeed("ORG-REGS", new Bilingual("社内規程づくり", "Writing the company rules"), 50_000, 20, false);

  /** Five open items (two need someone on site), ¥3.2M a year of risk, 20 h, ¥50,000 a month. */
  public static ExpertSeeker kumamoto() {
    return kumamoto(List.of(NEED_MFA, NEED_BACKUP, NEED_UTM, NEED_TRAINING, NEED_WIFI));
  }

  public static ExpertSeeker kumamoto(List<ExpertNeed> needs) {
    return new ExpertSeeker("43", "KYUSHU", 50_000, needs);
  }

  private final long id;
  private Set<String> measures = Set.of();
  private Set<String> prefectures = Set.of();
  private Set<String> regions = Set.of();
  private boolean remote = true;
  private boolean onSite;
  private long rate = 5_000;
  private int monthlyHours = 20;
  private int freeHours = 20;
  private int slots = 4;
  private double rating = Double.NaN;
  private int ratings;

  private TestExperts(long id) {
    this.id = id;
  }

  public static TestExperts expert(long id) {
    return new TestExperts(id);
  }

  public TestExperts covers(String... codes) {
    measures = Set.of(codes);
    return this;
  }

  /** Comes on site to these prefectures of one region, and does not work remotely. */
  public TestExperts onSiteIn(String region, String... prefectureCodes) {
    onSite = true;
    remote = false;
    prefectures = Set.of(prefectureCodes);
    regions = Set.of(region);
    return this;
  }

  public TestExperts alsoRemote() {
    remote = true;
    return this;
  }

  public TestExperts rate(long yen) {
    rate = yen;
    return this;
  }

  public TestExperts hours(int free, int monthly) {
    freeHours = free;
    monthlyHours = monthly;
    return this;
  }

  public TestExperts slots(int n) {
    slots = n;
    return this;
  }

  public TestExperts rated(double average, int count) {
    rating = average;
    ratings = count;
    return this;
  }

  public ExpertCard build() {
    return new ExpertCard(id, "Expert " + id, measures, prefectures, regions, remote, onSite, rate, monthlyHours,
        freeHours, slots, rating, ratings);
  }
}
