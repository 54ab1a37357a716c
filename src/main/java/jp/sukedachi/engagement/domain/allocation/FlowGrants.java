package jp.sukedachi.engagement.domain.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the flow on the aggregated network back into grants of one expert's hours to one request.
 *
 * <p>The objective only sees the flow on the request arcs and the source's arcs; between demand
 * classes and expert classes every arc costs nothing, and every demand class feeding a code node
 * may be served by every expert class it feeds. So any split of the flows there is as good as
 * another, and this one is chosen to keep each request with one expert:
 * <ol>
 *   <li>A request arc's flow goes to its requests in sequence order, each up to its hours (and the
 *       SME monthly cap), so alike requests are served first come, first served.
 *   <li>Each expert class's inflow from each code node is packed into its experts' hours: the
 *       hours each expert gives through each code node.
 *   <li>Each demand class's requests are packed into its flows to its code nodes.
 *   <li>At each code node, the requests' parts arriving there are packed into the hours the experts
 *       give through it, across all the expert classes it feeds.
 * </ol>
 * Every packing is best fit decreasing ({@link BestFitPacker}): a request (or part) stays whole
 * when some remaining amount holds it, and is otherwise split over as few as possible. The parts
 * always find room, since each packing fills flows that add up to what is packed (conservation).
 * A request is still split where its demand class's flow is spread over several code nodes in
 * amounts that do not match its requests' hours (most of the remaining splits), or where no
 * expert at a code node has room for it whole.
 */
final class FlowGrants {
  private final AllocationNetwork net;
  private final int[] flow;

  /** Hours an expert gives through one code node. */
  private record ExpertHours(long expertId, int hours) {}

  /** Receives one packed part: {@code request} puts {@code amount} into bin {@code bin}. */
  private interface RequestParts {
    void part(HoursRequest request, int bin, int amount);
  }

  FlowGrants(AllocationNetwork net, int[] flow) {
    this.net = net;
    this.flow = flow;
  }

  List<Grant> grants() {
    Map<Integer, List<ExpertHours>> expertsAtCode = expertHoursAtCodes();
    Map<Integer, List<Integer>> arcsOutOfDemand = arcsOutOfDemand();
    Map<Integer, Map<HoursRequest, Integer>> partsAtCode = new HashMap<>();
    servedRequests().forEach((demand, served) -> {
      List<Integer> arcs = arcsOutOfDemand.get(demand);
      pack(served, arcs.stream().mapToInt(a -> flow[a]).toArray(), (request, bin, amount) -> partsAtCode
          .computeIfAbsent(net.head(arcs.get(bin)), code -> new LinkedHashMap<>())
          .merge(request, amount, Integer::sum));
    });
    Map<List<Long>, Integer> hours = new HashMap<>();
    partsAtCode.forEach((code, parts) -> {
      List<ExpertHours> experts = expertsAtCode.get(code);
      pack(parts, experts.stream().mapToInt(ExpertHours::hours).toArray(), (request, bin, amount) -> hours
          .merge(List.of(request.id(), experts.get(bin).expertId()), amount, Integer::sum));
    });
    List<Grant> grants = new ArrayList<>(hours.size());
    hours.forEach((key, h) -> grants.add(new Grant(key.get(0), key.get(1), h)));
    grants.sort(Comparator.comparingLong(Grant::requestId).thenComparingLong(Grant::expertId));
    return grants;
  }

  /** Packs requests' parts into bins of the given rooms, best fit decreasing, ties in the parts' order. */
  private static void pack(Map<HoursRequest, Integer> parts, int[] rooms, RequestParts out) {
    List<HoursRequest> requests = new ArrayList<>(parts.keySet());
    int[] sizes = requests.stream().mapToInt(parts::get).toArray();
    BestFitPacker.pack(sizes, rooms, (item, bin, amount) -> out.part(requests.get(item), bin, amount));
  }

  /** For each code node, the hours each expert gives through it: each expert class's inflows packed into its experts. */
  private Map<Integer, List<ExpertHours>> expertHoursAtCodes() {
    Map<Integer, List<Integer>> arcsIntoClass = new HashMap<>();
    net.arcsOutOfCode.values().forEach(arcs -> arcs.forEach(a -> {
      if (flow[a] > 0) {
        arcsIntoClass.computeIfAbsent(net.head(a), x -> new ArrayList<>()).add(a);
      }
    }));
    Map<Integer, List<ExpertHours>> atCode = new HashMap<>();
    arcsIntoClass.forEach((x, arcs) -> {
      List<ExpertCapacity> experts = net.expertsOfClass.get(x);
      BestFitPacker.pack(arcs.stream().mapToInt(a -> flow[a]).toArray(),
          experts.stream().mapToInt(ExpertCapacity::hours).toArray(),
          (item, bin, amount) -> atCode.computeIfAbsent(net.tail(arcs.get(item)), code -> new ArrayList<>())
              .add(new ExpertHours(experts.get(bin).expertId(), amount)));
    });
    return atCode;
  }

  /** The arcs from each demand class to its code nodes. */
  private Map<Integer, List<Integer>> arcsOutOfDemand() {
    Map<Integer, List<Integer>> out = new HashMap<>();
    net.arcsIntoCode.values().forEach(arcs -> arcs.forEach(a -> out.computeIfAbsent(net.tail(a), d -> new ArrayList<>()).add(a)));
    return out;
  }

  /** For each demand class, its requests' served hours, in sequence order. */
  private Map<Integer, Map<HoursRequest, Integer>> servedRequests() {
    Map<Integer, Map<HoursRequest, Integer>> served = new HashMap<>();
    net.requestsOfArc.forEach((arc, requests) -> {
      int left = flow[arc];
      for (HoursRequest r : requests) {
        int h = Math.min(left, Math.min(r.hours(), net.smeMonthlyHours));
        if (h > 0) {
          served.computeIfAbsent(net.demandOfArc.get(arc), d -> new LinkedHashMap<>()).merge(r, h, Integer::sum);
          left -= h;
        }
      }
    });
    return served;
  }
}
