package jp.sukedachi.engagement.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import jp.sukedachi.engagement.domain.allocation.AllocationProblem;
import jp.sukedachi.engagement.domain.allocation.ExpertCapacity;
import jp.sukedachi.engagement.domain.allocation.HoursRequest;

/**
 * A seeded, national month of requests and experts for the allocation benchmark.
 *
 * <ul>
 *   <li>SMEs in all 47 prefectures, in proportion to population (2020 census, millions); most ask
 *       once a month, some two or three times; 1–8 hours a request (mostly 2–4); 1–3 plan items
 *       from 28 expert-deliverable catalogue measures, popular ones more often; risk per hour
 *       log-normal (median ¥30,000, σ 1.1, so a few requests weigh a hundred times the median).
 *   <li>A request needs presence when one of its items needs on-site support (AST-REPLACE,
 *       OT-SEGMENT) or, for 15 % of the others, when the SME wants someone on site.
 *   <li>Experts: 65 % live in Kanto (the 2022-04 RISS intake: 65.6 %, research/domain.md §5.1),
 *       the rest by population; 85 % work remotely, 40 % go on site in their prefecture (a third
 *       of those also in one or two neighbouring prefectures of their region); skills are 1–4
 *       catalogue areas, sometimes plus one single measure; 2–16 free hours a month (mean ≈ 8),
 *       so the experts' hours cover roughly two fifths of the hours asked for.
 * </ul>
 */
public final class NationalDataSet {
  /** Prefecture code → population in millions (2020 census, rounded) and region. */
  static final Map<String, Object[]> PREFECTURES = new LinkedHashMap<>();

  static {
    Object[][] rows = {
        {"01", 5.22, "HOKKAIDO"}, {"02", 1.24, "TOHOKU"}, {"03", 1.21, "TOHOKU"}, {"04", 2.30, "TOHOKU"},
        {"05", 0.96, "TOHOKU"}, {"06", 1.07, "TOHOKU"}, {"07", 1.83, "TOHOKU"}, {"08", 2.87, "KANTO"},
        {"09", 1.93, "KANTO"}, {"10", 1.94, "KANTO"}, {"11", 7.34, "KANTO"}, {"12", 6.28, "KANTO"},
        {"13", 14.05, "KANTO"}, {"14", 9.24, "KANTO"}, {"15", 2.20, "CHUBU"}, {"16", 1.03, "CHUBU"},
        {"17", 1.13, "CHUBU"}, {"18", 0.77, "CHUBU"}, {"19", 0.81, "CHUBU"}, {"20", 2.05, "CHUBU"},
        {"21", 1.98, "CHUBU"}, {"22", 3.63, "CHUBU"}, {"23", 7.54, "CHUBU"}, {"24", 1.77, "KINKI"},
        {"25", 1.41, "KINKI"}, {"26", 2.58, "KINKI"}, {"27", 8.84, "KINKI"}, {"28", 5.47, "KINKI"},
        {"29", 1.32, "KINKI"}, {"30", 0.92, "KINKI"}, {"31", 0.55, "CHUGOKU"}, {"32", 0.67, "CHUGOKU"},
        {"33", 1.89, "CHUGOKU"}, {"34", 2.80, "CHUGOKU"}, {"35", 1.34, "CHUGOKU"}, {"36", 0.72, "SHIKOKU"},
        {"37", 0.95, "SHIKOKU"}, {"38", 1.33, "SHIKOKU"}, {"39", 0.69, "SHIKOKU"}, {"40", 5.14, "KYUSHU"},
        {"41", 0.81, "KYUSHU"}, {"42", 1.31, "KYUSHU"}, {"43", 1.74, "KYUSHU"}, {"44", 1.12, "KYUSHU"},
        {"45", 1.07, "KYUSHU"}, {"46", 1.59, "KYUSHU"}, {"47", 1.47, "OKINAWA"}};
    for (Object[] row : rows) {
      PREFECTURES.put((String) row[0], new Object[] {row[1], row[2]});
    }
  }

  /** Catalogue areas and the expert-deliverable measures in each (catalogue 2026.2). */
  static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

  static {
    AREAS.put("ORG", List.of("ORG-RISK", "ORG-REGS", "ORG-AUDIT", "ORG-MYNUMBER"));
    AREAS.put("HR", List.of("HR-TRAIN", "HR-PHISH"));
    AREAS.put("ASSET", List.of("BACKUP-01", "BACKUP-02", "AST-REPLACE", "AST-ISOLATE"));
    AREAS.put("ACCESS", List.of("ACC-VPNMFA", "ACC-ADMIN"));
    AREAS.put("DEVICE", List.of("DEV-MDM"));
    AREAS.put("NETWORK", List.of("NET-FW", "NET-EXPOSE", "NET-PATCH", "NET-LOG", "NET-SERVER", "NET-GUEST", "OT-SEGMENT"));
    AREAS.put("DEVELOPMENT", List.of("WEB-WAF", "WEB-SCAN", "WEB-CMS"));
    AREAS.put("OUTSOURCING", List.of("OUT-VENDOR"));
    AREAS.put("INCIDENT", List.of("INC-01", "INC-LEAK", "INC-BCP"));
    AREAS.put("CLOUD", List.of("CLOUD-01"));
  }

  /** How often an area is an expert's skill, relative. */
  private static final double[] AREA_WEIGHTS = {3, 2, 2, 2, 1, 4, 1.5, 1, 3, 1.5};
  /** Codes requested often (plan items most SMEs have open), with their relative weight. */
  private static final Map<String, Double> POPULAR = Map.of("BACKUP-01", 4.0, "HR-TRAIN", 4.0,
      "NET-PATCH", 3.0, "INC-01", 3.0, "ACC-ADMIN", 2.5, "ORG-RISK", 2.0, "HR-PHISH", 2.0,
      "INC-LEAK", 2.0, "NET-FW", 2.0, "BACKUP-02", 2.0);
  /** How many typical plans there are (industries × sizes × asset mixes). */
  private static final int PLAN_PROFILES = 60;
  private static final Set<String> ON_SITE_CODES = Set.of("AST-REPLACE", "OT-SEGMENT");

  private NationalDataSet() {}

  /** The benchmark's data set: 100,000 requests, 20,000 experts, 8 hours per SME a month. */
  public static AllocationProblem national(long seed) {
    return generate(seed, 100_000, 20_000, 8);
  }

  public static AllocationProblem generate(long seed, int requestCount, int expertCount, int smeCap) {
    Random random = new Random(seed);
    List<String> codes = AREAS.values().stream().flatMap(List::stream).toList();
    double[] codeWeights = codes.stream().mapToDouble(c -> POPULAR.getOrDefault(c, 1.0)).toArray();
    List<String> prefectures = new ArrayList<>(PREFECTURES.keySet());
    double[] population = prefectures.stream().mapToDouble(p -> (double) PREFECTURES.get(p)[0]).toArray();
    List<List<String>> profiles = planProfiles(random, codes, codeWeights);
    List<HoursRequest> requests = new ArrayList<>(requestCount);
    long company = 0;
    while (requests.size() < requestCount) {
      company++;
      String prefecture = prefectures.get(pick(random, population));
      List<String> plan = profiles.get(random.nextInt(profiles.size()));
      int asks = random.nextDouble() < 0.8 ? 1 : random.nextDouble() < 0.75 ? 2 : 3;
      int next = 0;
      for (int i = 0; i < asks && requests.size() < requestCount; i++) {
        Set<String> items = new TreeSet<>();
        int itemCount = 1 + random.nextInt(3);
        while (items.size() < itemCount && next < plan.size()) {
          String code = plan.get(next++);
          if (random.nextDouble() < 0.8) {
            items.add(code);
          }
        }
        if (items.isEmpty()) {
          items.add(plan.get(plan.size() - 1));
        }
        boolean presence = items.stream().anyMatch(ON_SITE_CODES::contains) || random.nextDouble() < 0.15;
        int hours = Math.max(1, Math.min(8, (int) Math.round(3 + 1.6 * random.nextGaussian())));
        double riskPerHour = Math.round(30_000 * Math.exp(1.1 * random.nextGaussian()));
        int id = requests.size() + 1;
        requests.add(new HoursRequest(id, company, prefecture, hours, riskPerHour, items, presence,
            random.nextInt(1_000_000_000)));
      }
    }
    List<String> kanto = prefectures.stream().filter(p -> "KANTO".equals(PREFECTURES.get(p)[1])).toList();
    List<String> elsewhere = prefectures.stream().filter(p -> !kanto.contains(p)).toList();
    double[] kantoPopulation = kanto.stream().mapToDouble(p -> (double) PREFECTURES.get(p)[0]).toArray();
    double[] elsewherePopulation = elsewhere.stream().mapToDouble(p -> (double) PREFECTURES.get(p)[0]).toArray();
    List<String> areas = new ArrayList<>(AREAS.keySet());
    List<ExpertCapacity> experts = new ArrayList<>(expertCount);
    for (int e = 1; e <= expertCount; e++) {
      String home = random.nextDouble() < 0.65 ? kanto.get(pick(random, kantoPopulation))
          : elsewhere.get(pick(random, elsewherePopulation));
      boolean remote = random.nextDouble() < 0.95;
      boolean onSite = !remote || random.nextDouble() < 0.35;
      Set<String> reach = new TreeSet<>(Set.of(home));
      if (onSite && random.nextDouble() < 0.33) {
        List<String> region = prefectures.stream()
            .filter(p -> PREFECTURES.get(p)[1].equals(PREFECTURES.get(home)[1])).toList();
        int extra = 1 + random.nextInt(2);
        for (int i = 0; i < extra; i++) {
          reach.add(region.get(random.nextInt(region.size())));
        }
      }
      Set<String> skills = new TreeSet<>();
      int areaCount = 1 + random.nextInt(4);
      for (int i = 0; i < areaCount; i++) {
        skills.addAll(AREAS.get(areas.get(pick(random, AREA_WEIGHTS))));
      }
      if (random.nextDouble() < 0.2) {
        skills.add(codes.get(random.nextInt(codes.size())));
      }
      int hours = 2 + random.nextInt(15);
      experts.add(new ExpertCapacity(e, skills, onSite ? reach : Set.of(), remote, onSite, hours));
    }
    return new AllocationProblem(requests, experts, smeCap);
  }

  /**
   * Typical plans: the expert-deliverable items of the plans the planner gives companies alike in
   * industry, size and assets, in plan order; popular measures come early more often.
   */
  private static List<List<String>> planProfiles(Random random, List<String> codes, double[] codeWeights) {
    List<List<String>> profiles = new ArrayList<>();
    for (int p = 0; p < PLAN_PROFILES; p++) {
      List<String> plan = new ArrayList<>();
      double[] weights = codeWeights.clone();
      while (plan.size() < 9) {
        int c = pick(random, weights);
        plan.add(codes.get(c));
        weights[c] = 0;
      }
      profiles.add(plan);
    }
    return profiles;
  }

  private static int pick(Random random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
