package jp.sukedachi.engagement.domain.allocation;

import java.util.List;
import java.util.Objects;

/**
 * Allocates a month's scarce expert hours over all open requests as a minimum-cost flow, solved
 * by Google OR-Tools' min-cost flow ({@code SimpleMinCostFlow}, Java class {@link
 * com.google.ortools.graph.MinCostFlow}).
 *
 * <h2>What it maximises</h2>
 * Σ over grants of hours × the request's risk per hour, plus, per prefecture, the {@link Fairness}
 * bonus of its first served hours; then, among allocations worth the same, the most hours. It
 * keeps every rule: the eligibility rule ({@link ExpertCapacity#canServe}), each request's hours,
 * each expert's hours and each company's monthly hours over all its requests. With {@link
 * Fairness#NONE} the allocation is a true optimum of Σ hours × risk per hour, tested against brute
 * force over every integer grant vector of small problems (HoursAllocatorTest); with fairness
 * tiers it is the optimum of risk plus tier bonuses, tested the same way.
 *
 * <h2>The network (AllocationNetwork)</h2>
 * A request × expert graph would have up to 2·10<sup>9</sup> arcs; instead requests and experts are
 * grouped into classes that are alike for every rule, which keeps the model exact:
 * <pre>
 *  source ─tiers─▶ prefecture ─[company cap]─▶ ─request arc─▶ demand class ─▶ code node ─▶ expert class
 *     └──────────────────────── idle hours (cost 0) ─────────────────────────────────────────┘
 * </pre>
 * <ul>
 *   <li>Expert classes: experts with the same (remote, on-site, on-site prefectures, measure codes);
 *       each needs exactly its hours, from requests or from the source's idle arc.
 *   <li>Code nodes: one per measure code served remotely, one per (prefecture, code) for requests
 *       needing presence (every on-site expert there), and one per (prefecture, code) for the
 *       on-site experts there who do not work remotely (the only ones that add anything for a
 *       request served remotely). A unit through a code node is eligible by construction: any
 *       demand class feeding it may be served by any expert class it feeds.
 *   <li>Demand classes: requests with the same (needs presence, measure codes), and the same
 *       prefecture where that matters (presence, or local-only experts for one of its codes); a
 *       class feeds the code nodes of each of its codes, which is the "covers at least one" rule.
 *   <li>Request arcs carry the benefit: cost −(round(risk per hour × 10<sup>7</sup> / the highest
 *       risk per hour) + 1) per hour, capacity min(hours, SME cap); alike requests (same tail, class
 *       and cost) share one arc. A company node (capacity = SME cap) sits between the prefecture
 *       and the request arcs only for companies whose requests could exceed the cap together.
 *   <li>Prefecture nodes are fed through the fairness tiers: parallel arcs from the source with
 *       decreasing bonus (a concave utility), widths ⌈share · hours requested there⌉.
 * </ul>
 * Costs are integers of at most 1.1 · 10<sup>8</sup> per arc ({@link Fairness#MAX_BONUS} mean
 * risks), capacities at most {@value AllocationProblem#MAX_TOTAL_HOURS} hours, so the total cost
 * (at most 10<sup>16</sup>) and OR-Tools' cost scaling (cost × (nodes + 1)) stay far inside its
 * 64-bit integers. Rounding risk to 10<sup>-7</sup> of the highest, and the +1 per hour, cost at
 * most 1.5 · 10<sup>-7</sup> of the highest risk per hour per hour served.
 *
 * <h2>From flows to grants (FlowGrants)</h2>
 * Class flows are split back into (request, expert, hours): a shared request arc's hours go to its
 * requests in sequence order; then, since the arcs between demand and expert classes cost nothing,
 * the requests are packed best fit decreasing into their class's flows to code nodes, and at each
 * code node into the hours each expert gives through it, so a request keeps one expert when some
 * remaining amount holds it whole and is otherwise split over as few experts as the amounts allow
 * ({@link AllocationStats#requestsSplit} counts them; about 2 % of served requests at 100,000).
 *
 * <h2>Fairness: choice and trade-off</h2>
 * A prefecture's first served hours earn a bonus in units of the problem's mean risk per requested
 * hour ({@link Fairness#DEFAULT}: +2 for the first quarter of its requested hours, +1 for the second
 * quarter). Measured (docs/benchmarks.md, "Allocation of scarce expert hours"): on the national data set the default costs under
 * 1 % of risk-weighted hours against {@link Fairness#NONE} and changes Jain's index little, because
 * remote experts already reach every prefecture; where on-site hours are scarce (the scarce regional
 * test) it lifts the worst-served prefecture's share. A larger bonus (10 on the first half) buys
 * more evenness for more risk.
 *
 * <h2>Scale</h2>
 * The issue allows OR-Tools where JGraphT cannot meet its target (100,000 requests and 20,000
 * experts in under 60 s), and JGraphT could not: its only min-cost-flow solver is successive
 * shortest paths, and this network is highly degenerate (classes joined by zero-cost,
 * uncapacitated arcs), so once experts fill up each Dijkstra search explores most of the network;
 * 20,000 requests took over 2 minutes and 100,000 did not finish in 15. OR-Tools' cost-scaling
 * push-relabel solves the same network in seconds (docs/benchmarks.md, "Allocation of scarce expert hours"). Its native library
 * is loaded once, on first use ({@link OrToolsNatives}).
 */
public final class HoursAllocator {
  private final Fairness fairness;

  /** An allocator with the {@linkplain Fairness#DEFAULT default} fairness across prefectures. */
  public HoursAllocator() {
    this(Fairness.DEFAULT);
  }

  public HoursAllocator(Fairness fairness) {
    this.fairness = Objects.requireNonNull(fairness, "fairness");
  }

  public Fairness fairness() {
    return fairness;
  }

  /** The allocation that serves the most weighted hours within every cap and eligibility rule. */
  public Allocation allocate(AllocationProblem problem) {
    AllocationNetwork net = AllocationNetwork.of(problem, fairness);
    int[] flow = net.solve();
    List<Grant> grants = new FlowGrants(net, flow).grants();
    return Allocation.of(problem, grants);
  }
}
