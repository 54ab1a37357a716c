package jp.sukedachi.engagement.domain.allocation;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The aggregated flow network of an allocation problem (see {@link HoursAllocator} for its
 * layers), with what is needed to turn the flow back into grants. Nodes and arcs are numbered
 * from 0; arc {@code a} goes from {@code tail[a]} to {@code head[a]} with capacity {@code cap[a]}
 * and cost {@code cost[a]} per hour.
 */
final class AllocationNetwork {
  /** Risk per hour is scaled so that the problem's highest becomes this many cost units. */
  static final long RISK_RESOLUTION = 10_000_000L;

  static final int SOURCE = 0;

  /**
   * The capacity of arcs that need none: more than any flow, since a problem's expert hours add up
   * to at most {@value AllocationProblem#MAX_TOTAL_HOURS}.
   */
  static final int UNBOUNDED = (int) AllocationProblem.MAX_TOTAL_HOURS;

  private int nodes = 1;
  private int arcs;
  private int[] tail = new int[1024];
  private int[] head = new int[1024];
  private int[] cap = new int[1024];
  private long[] cost = new long[1024];
  private final Map<Integer, Integer> supply = new HashMap<>();

  /** The SME monthly cap: also the most any one request can get. */
  int smeMonthlyHours;
  /** Requests entering the network through each request arc, earliest first. */
  final Map<Integer, List<HoursRequest>> requestsOfArc = new HashMap<>();
  /** Arcs from demand classes into each code node, and from each code node to expert classes. */
  final Map<Integer, List<Integer>> arcsIntoCode = new HashMap<>();
  final Map<Integer, List<Integer>> arcsOutOfCode = new HashMap<>();
  /** The experts of each expert-class node, by id. */
  final Map<Integer, List<ExpertCapacity>> expertsOfClass = new HashMap<>();
  /** The demand-class node each request arc leads into. */
  final Map<Integer, Integer> demandOfArc = new HashMap<>();

  private final Map<CodeNode, Integer> codeNodes = new HashMap<>();

  private record ExpertClass(boolean remote, boolean onSite, Set<String> prefectures, Set<String> codes) {}

  private record DemandClass(String prefecture, boolean needsPresence, Set<String> codes) {}

  private record RequestArcKey(int tail, int demand, long cost) {}

  /** Builds the network of a problem under a fairness rule. */
  static AllocationNetwork of(AllocationProblem problem, Fairness fairness) {
    AllocationNetwork net = new AllocationNetwork();
    net.smeMonthlyHours = problem.smeMonthlyHours();
    Set<CodeNode> wanted = wantedCodeNodes(problem.requests());
    net.addExperts(problem.experts(), wanted);
    net.addRequests(problem, fairness);
    return net;
  }

  int nodeCount() {
    return nodes;
  }

  int arcCount() {
    return arcs;
  }

  int head(int arc) {
    return head[arc];
  }

  int tail(int arc) {
    return tail[arc];
  }

  /**
   * Solves the network with OR-Tools' min-cost flow ({@code SimpleMinCostFlow}, cost scaling
   * push-relabel); the flow on each arc, of the least total cost. The supplies balance (every
   * expert class takes exactly its hours, the rest through its idle arc), so a solution always
   * exists; any other status than optimal is a bug and is thrown.
   */
  int[] solve() {
    OrToolsNatives.load();
    MinCostFlow solver = new MinCostFlow(nodes, arcs);
    try {
      for (int a = 0; a < arcs; a++) {
        int index = solver.addArcWithCapacityAndUnitCost(tail[a], head[a], cap[a], cost[a]);
        if (index != a) {
          throw new IllegalStateException("OR-Tools numbered arc " + a + " as " + index);
        }
      }
      supply.forEach(solver::setNodeSupply);
      MinCostFlowBase.Status status = solver.solve();
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-Tools' min-cost flow ended " + status + " on " + nodes + " nodes and "
            + arcs + " arcs");
      }
      int[] result = new int[arcs];
      for (int a = 0; a < arcs; a++) {
        result[a] = Math.toIntExact(solver.getFlow(a));
      }
      return result;
    } finally {
      solver.delete();
    }
  }

  /** A code node: who can serve a measure code, remotely (prefecture ""), on site, or locally for remote work. */
  private record CodeNode(char channel, String prefecture, String code) {
    static final char REMOTE = 'R';
    static final char ON_SITE = 'O';
    static final char LOCAL = 'L';
  }

  /**
   * The code nodes some request could use: remote ones for requests served remotely, on-site ones
   * for requests that need presence, and local ones (on-site experts who do not work remotely) for
   * requests served remotely in their prefecture.
   */
  private static Set<CodeNode> wantedCodeNodes(List<HoursRequest> requests) {
    Set<CodeNode> wanted = new HashSet<>();
    for (HoursRequest r : requests) {
      for (String code : r.measureCodes()) {
        if (r.needsPresence()) {
          wanted.add(new CodeNode(CodeNode.ON_SITE, r.prefectureCode(), code));
        } else {
          wanted.add(new CodeNode(CodeNode.REMOTE, "", code));
          wanted.add(new CodeNode(CodeNode.LOCAL, r.prefectureCode(), code));
        }
      }
    }
    return wanted;
  }

  private void addExperts(List<ExpertCapacity> experts, Set<CodeNode> wanted) {
    Map<ExpertClass, List<ExpertCapacity>> classes = new HashMap<>();
    for (ExpertCapacity e : experts) {
      if (e.hours() > 0) {
        Set<String> reach = e.onSite() ? e.prefectures() : Set.of();
        classes.computeIfAbsent(new ExpertClass(e.remote(), e.onSite(), reach, e.measureCodes()),
            k -> new ArrayList<>()).add(e);
      }
    }
    classes.entrySet().stream()
        .sorted(Comparator.comparingLong(entry -> entry.getValue().get(0).expertId()))
        .forEach(entry -> addExpertClass(entry.getKey(), entry.getValue(), wanted));
  }

  private void addExpertClass(ExpertClass c, List<ExpertCapacity> experts, Set<CodeNode> wanted) {
    List<CodeNode> reached = new ArrayList<>();
    for (String code : new TreeSet<>(c.codes())) {
      reached.add(new CodeNode(CodeNode.REMOTE, "", code));
      for (String p : new TreeSet<>(c.prefectures())) {
        reached.add(new CodeNode(CodeNode.ON_SITE, p, code));
        reached.add(new CodeNode(CodeNode.LOCAL, p, code));
      }
    }
    reached.removeIf(k -> !wanted.contains(k)
        || (k.channel() == CodeNode.REMOTE && !c.remote())
        || (k.channel() == CodeNode.LOCAL && c.remote()));
    if (reached.isEmpty()) {
      return;
    }
    int x = newNode();
    List<ExpertCapacity> byId = new ArrayList<>(experts);
    byId.sort(Comparator.comparingLong(ExpertCapacity::expertId));
    expertsOfClass.put(x, byId);
    int hours = Math.toIntExact(byId.stream().mapToLong(ExpertCapacity::hours).sum());
    addArc(SOURCE, x, hours, 0);
    supply.put(x, -hours);
    supply.merge(SOURCE, hours, Integer::sum);
    for (CodeNode node : reached) {
      int k = codeNodes.computeIfAbsent(node, key -> newNode());
      arcsOutOfCode.computeIfAbsent(k, key -> new ArrayList<>()).add(addArc(k, x, UNBOUNDED, 0));
    }
  }

  private void addRequests(AllocationProblem problem, Fairness fairness) {
    double maxRisk = 0;
    double riskHours = 0;
    long hours = 0;
    Map<String, Long> requestedByPrefecture = new HashMap<>();
    for (HoursRequest r : problem.requests()) {
      maxRisk = Math.max(maxRisk, r.riskPerHour());
      riskHours += r.hours() * r.riskPerHour();
      hours += r.hours();
      requestedByPrefecture.merge(r.prefectureCode(), (long) r.hours(), Long::sum);
    }
    double scale = maxRisk > 0 ? RISK_RESOLUTION / maxRisk : 0;
    long meanRiskUnits = hours > 0 ? Math.round(riskHours / hours * scale) : 0;

    Map<DemandClass, Integer> demands = new HashMap<>();
    List<HoursRequest> servable = new ArrayList<>();
    Map<HoursRequest, Integer> demandOfRequest = new HashMap<>();
    for (HoursRequest r : heaviestFirst(problem.requests())) {
      if (r.hours() == 0 || problem.smeMonthlyHours() == 0) {
        continue;
      }
      DemandClass d = demandClass(r);
      Integer node = demands.computeIfAbsent(d, this::addDemandClass);
      if (node >= 0) {
        servable.add(r);
        demandOfRequest.put(r, node);
      }
    }
    Map<String, Integer> prefectures = addPrefectures(requestedByPrefecture, fairness, meanRiskUnits);
    Map<Long, Integer> companies = addCompanies(servable, problem.smeMonthlyHours(), prefectures);
    Map<RequestArcKey, Integer> requestArcs = new HashMap<>();
    for (HoursRequest r : servable) {
      int from = companies.getOrDefault(r.companyId(), prefectures.get(r.prefectureCode()));
      int demand = demandOfRequest.get(r);
      long unit = -(Math.round(r.riskPerHour() * scale) + 1);
      int hoursCap = Math.min(r.hours(), problem.smeMonthlyHours());
      Integer arc = requestArcs.get(new RequestArcKey(from, demand, unit));
      if (arc == null) {
        arc = addArc(from, demand, hoursCap, unit);
        requestArcs.put(new RequestArcKey(from, demand, unit), arc);
        demandOfArc.put(arc, demand);
        requestsOfArc.put(arc, new ArrayList<>());
      } else {
        cap[arc] += hoursCap;
      }
      requestsOfArc.get(arc).add(r);
    }
  }

  /**
   * Requests by falling risk per hour, then first come: the order in which a shared request arc's
   * flow goes to its requests (FlowGrants), and a stable numbering of nodes and arcs.
   */
  private static List<HoursRequest> heaviestFirst(List<HoursRequest> requests) {
    HoursRequest[] sorted = requests.toArray(HoursRequest[]::new);
    Arrays.sort(sorted, Comparator.comparingDouble((HoursRequest r) -> -r.riskPerHour())
        .thenComparingLong(HoursRequest::sequence).thenComparingLong(HoursRequest::id));
    return Arrays.asList(sorted);
  }

  /**
   * The demand class of a request: its prefecture only where it matters (it needs presence, or an
   * on-site expert there who does not work remotely covers one of its codes), so that requests
   * served only remotely share one class across the country.
   */
  private DemandClass demandClass(HoursRequest r) {
    boolean local = r.needsPresence() || r.measureCodes().stream()
        .anyMatch(code -> codeNodes.containsKey(new CodeNode(CodeNode.LOCAL, r.prefectureCode(), code)));
    return new DemandClass(local ? r.prefectureCode() : "", r.needsPresence(), r.measureCodes());
  }

  /** A node for requests alike in where and by whom they can be served, or -1 if nobody can serve them. */
  private int addDemandClass(DemandClass d) {
    List<Integer> targets = new ArrayList<>();
    for (String code : new TreeSet<>(d.codes())) {
      List<CodeNode> candidates = d.needsPresence()
          ? List.of(new CodeNode(CodeNode.ON_SITE, d.prefecture(), code))
          : List.of(new CodeNode(CodeNode.REMOTE, "", code), new CodeNode(CodeNode.LOCAL, d.prefecture(), code));
      for (CodeNode candidate : candidates) {
        Integer k = codeNodes.get(candidate);
        if (k != null) {
          targets.add(k);
        }
      }
    }
    if (targets.isEmpty()) {
      return -1;
    }
    int node = newNode();
    for (int k : targets) {
      arcsIntoCode.computeIfAbsent(k, key -> new ArrayList<>()).add(addArc(node, k, UNBOUNDED, 0));
    }
    return node;
  }

  /** A node per prefecture, fed from the source through the fairness tiers. */
  private Map<String, Integer> addPrefectures(Map<String, Long> requested, Fairness fairness, long meanRiskUnits) {
    Map<String, Integer> nodesByPrefecture = new HashMap<>();
    for (String p : new TreeSet<>(requested.keySet())) {
      int node = newNode();
      nodesByPrefecture.put(p, node);
      long total = requested.get(p);
      long covered = 0;
      for (Fairness.Tier tier : fairness.tiers()) {
        long upTo = Math.min(total, tier.hoursUpTo(total));
        if (upTo > covered) {
          addArc(SOURCE, node, Math.toIntExact(upTo - covered), -Math.round(tier.bonus() * meanRiskUnits));
          covered = upTo;
        }
      }
      if (total > covered) {
        addArc(SOURCE, node, Math.toIntExact(total - covered), 0);
      }
    }
    return nodesByPrefecture;
  }

  /** A node capping a company's hours, only for companies whose requests could exceed the cap together. */
  private Map<Long, Integer> addCompanies(List<HoursRequest> servable, int smeCap, Map<String, Integer> prefectures) {
    Map<Long, long[]> countAndHours = new HashMap<>();
    for (HoursRequest r : servable) {
      long[] ch = countAndHours.computeIfAbsent(r.companyId(), c -> new long[2]);
      ch[0]++;
      ch[1] += Math.min(r.hours(), smeCap);
    }
    Map<Long, Integer> companies = new HashMap<>();
    for (HoursRequest r : servable) {
      long[] ch = countAndHours.get(r.companyId());
      if (ch[0] > 1 && ch[1] > smeCap && !companies.containsKey(r.companyId())) {
        int node = newNode();
        companies.put(r.companyId(), node);
        addArc(prefectures.get(r.prefectureCode()), node, smeCap, 0);
      }
    }
    return companies;
  }

  private int newNode() {
    return nodes++;
  }

  private int addArc(int from, int to, int capacity, long unitCost) {
    if (arcs == tail.length) {
      int size = arcs * 2;
      tail = Arrays.copyOf(tail, size);
      head = Arrays.copyOf(head, size);
      cap = Arrays.copyOf(cap, size);
      cost = Arrays.copyOf(cost, size);
    }
    tail[arcs] = from;
    head[arcs] = to;
    cap[arcs] = capacity;
    cost[arcs] = unitCost;
    return arcs++;
  }
}
