package jp.sukedachi.engagement.domain.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** The rules every allocation must keep, checked from the problem alone, and random problems to check them on. */
final class AllocationRules {
  private AllocationRules() {}

  /** Every rule the grants break: eligibility, request hours, expert hours, SME monthly cap. */
  static List<String> violations(AllocationProblem problem, List<Grant> grants) {
    Map<Long, HoursRequest> requests = new HashMap<>();
    problem.requests().forEach(r -> requests.put(r.id(), r));
    Map<Long, ExpertCapacity> experts = new HashMap<>();
    problem.experts().forEach(e -> experts.put(e.expertId(), e));
    Map<Long, Integer> byRequest = new HashMap<>();
    Map<Long, Integer> byExpert = new HashMap<>();
    Map<Long, Integer> byCompany = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (Grant g : grants) {
      HoursRequest r = requests.get(g.requestId());
      ExpertCapacity e = experts.get(g.expertId());
      if (!eligible(e, r)) {
        broken.add("expert " + e.expertId() + " may not serve request " + r.id());
      }
      byRequest.merge(r.id(), g.hours(), Integer::sum);
      byExpert.merge(e.expertId(), g.hours(), Integer::sum);
      byCompany.merge(r.companyId(), g.hours(), Integer::sum);
    }
    byRequest.forEach((id, h) -> {
      if (h > requests.get(id).hours()) {
        broken.add("request " + id + " gets " + h + " > " + requests.get(id).hours());
      }
    });
    byExpert.forEach((id, h) -> {
      if (h > experts.get(id).hours()) {
        broken.add("expert " + id + " gives " + h + " > " + experts.get(id).hours());
      }
    });
    byCompany.forEach((id, h) -> {
      if (h > problem.smeMonthlyHours()) {
        broken.add("company " + id + " gets " + h + " > cap " + problem.smeMonthlyHours());
      }
    });
    return broken;
  }

  /** The design's eligibility rule, written out again independently of ExpertCapacity.canServe. */
  static boolean eligible(ExpertCapacity e, HoursRequest r) {
    boolean skill = r.measureCodes().stream().anyMatch(e.measureCodes()::contains);
    boolean reach = (!r.needsPresence() && e.remote()) || (e.onSite() && e.prefectures().contains(r.prefectureCode()));
    return skill && reach;
  }

  /** A random problem over few codes and prefectures, so that eligibility is neither all nor nothing. */
  static AllocationProblem random(Random random, int maxRequests, int maxExperts, int maxHours, boolean integerWeights) {
    String[] codes = {"ACC-ADMIN", "BACKUP-01", "NET-FW"};
    String[] prefectures = {"13", "43"};
    List<HoursRequest> requests = new ArrayList<>();
    int n = 1 + random.nextInt(maxRequests);
    Map<Long, String> prefectureOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long company = 1 + random.nextInt(Math.max(1, n - 1));
      String prefecture = prefectureOf.computeIfAbsent(company, c -> prefectures[random.nextInt(2)]);
      double weight = integerWeights ? 1 + random.nextInt(9) : random.nextDouble() * 100_000;
      requests.add(new HoursRequest(i + 1, company, prefecture, random.nextInt(maxHours + 1), weight,
          subset(random, codes), random.nextDouble() < 0.35, random.nextInt(100)));
    }
    List<ExpertCapacity> experts = new ArrayList<>();
    int m = 1 + random.nextInt(maxExperts);
    for (int j = 0; j < m; j++) {
      boolean remote = random.nextBoolean();
      boolean onSite = !remote || random.nextBoolean();
      experts.add(new ExpertCapacity(100 + j, subset(random, codes), Set.of(prefectures[random.nextInt(2)]),
          remote, onSite, random.nextInt(maxHours + 2)));
    }
    return new AllocationProblem(requests, experts, 1 + random.nextInt(maxHours * 2));
  }

  private static Set<String> subset(Random random, String[] codes) {
    Set<String> chosen = new TreeSet<>();
    while (chosen.isEmpty()) {
      for (String c : codes) {
        if (random.nextDouble() < 0.4) {
          chosen.add(c);
        }
      }
    }
    return chosen;
  }
}
