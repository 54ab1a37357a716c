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
 * <ol>
 *   <li>A request arc's flow goes to its requests in sequence order, each up to its hours (and the
 *       SME monthly cap), so alike requests are served first come, first served.
 *   <li>Each code node's inflow (from demand classes) is matched to its outflow (to expert classes)
 *       in arc order (any matching is valid: every demand class feeding a code node may be served
 *       by every expert class it feeds), giving the hours each demand class gets from each expert
 *       class.
 *   <li>Within a demand class, requests are packed into those expert-class amounts, then within an
 *       expert class, the requests' parts are packed into its experts' hours, both best fit
 *       decreasing ({@link BestFitPacker}): a request stays with one expert unless no single
 *       remaining amount can hold it, and is then split over as few as possible.
 * </ol>
 */
final class FlowGrants {
  private final AllocationNetwork net;
  private final int[] flow;

  FlowGrants(AllocationNetwork net, int[] flow) {
    this.net = net;
    this.flow = flow;
  }

  List<Grant> grants() {
    Map<Integer, Map<HoursRequest, Integer>> servedByDemand = servedRequests();
    Map<Integer, Map<Integer, Integer>> demandToClass = demandToExpertClass();
    Map<Integer, Map<HoursRequest, Integer>> partsByClass = new HashMap<>();
    servedByDemand.forEach((demand, served) -> {
      List<HoursRequest> requests = new ArrayList<>(served.keySet());
      List<Integer> classes = new ArrayList<>(demandToClass.getOrDefault(demand, Map.of()).keySet());
      int[] sizes = requests.stream().mapToInt(served::get).toArray();
      int[] rooms = classes.stream().mapToInt(demandToClass.get(demand)::get).toArray();
      BestFitPacker.pack(sizes, rooms, (item, bin, amount) -> partsByClass
          .computeIfAbsent(classes.get(bin), x -> new LinkedHashMap<>())
          .merge(requests.get(item), amount, Integer::sum));
    });
    Map<List<Long>, Integer> hours = new HashMap<>();
    partsByClass.forEach((x, parts) -> {
      List<HoursRequest> requests = new ArrayList<>(parts.keySet());
      List<ExpertCapacity> experts = net.expertsOfClass.get(x);
      int[] sizes = requests.stream().mapToInt(parts::get).toArray();
      int[] rooms = experts.stream().mapToInt(ExpertCapacity::hours).toArray();
      BestFitPacker.pack(sizes, rooms, (item, bin, amount) -> hours.merge(
          List.of(requests.get(item).id(), experts.get(bin).expertId()), amount, Integer::sum));
    });
    List<Grant> grants = new ArrayList<>(hours.size());
    hours.forEach((key, h) -> grants.add(new Grant(key.get(0), key.get(1), h)));
    grants.sort(Comparator.comparingLong(Grant::requestId).thenComparingLong(Grant::expertId));
    return grants;
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

  /** Hours each demand class gets from each expert class, by matching each code node's in- and outflow. */
  private Map<Integer, Map<Integer, Integer>> demandToExpertClass() {
    Map<Integer, Map<Integer, Integer>> result = new HashMap<>();
    net.arcsIntoCode.forEach((code, in) -> {
      List<Integer> out = net.arcsOutOfCode.get(code);
      int i = 0;
      int o = 0;
      int inLeft = 0;
      int outLeft = 0;
      while (true) {
        while (inLeft == 0 && i < in.size()) {
          inLeft = flow[in.get(i++)];
        }
        while (outLeft == 0 && o < out.size()) {
          outLeft = flow[out.get(o++)];
        }
        if (inLeft == 0 || outLeft == 0) {
          break;
        }
        int amount = Math.min(inLeft, outLeft);
        result.computeIfAbsent(net.tail(in.get(i - 1)), d -> new LinkedHashMap<>())
            .merge(net.head(out.get(o - 1)), amount, Integer::sum);
        inLeft -= amount;
        outLeft -= amount;
      }
    });
    return result;
  }
}
