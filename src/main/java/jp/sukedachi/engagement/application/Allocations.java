package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.account.application.AccountDirectory;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.engagement.domain.AllocationRun;
import jp.sukedachi.engagement.domain.ExpertEngagement;
import jp.sukedachi.engagement.domain.HoursRequest;
import jp.sukedachi.engagement.domain.allocation.Allocation;
import jp.sukedachi.engagement.domain.allocation.AllocationProblem;
import jp.sukedachi.engagement.domain.allocation.ExpertCapacity;
import jp.sukedachi.engagement.domain.allocation.FirstComeFirstServed;
import jp.sukedachi.engagement.domain.allocation.Grant;
import jp.sukedachi.engagement.domain.allocation.HoursAllocator;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.Skills;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.ForbiddenException;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/**
 * The operator's program-wide allocation of a month's scarce expert hours: every open "find me
 * someone" request against every matchable expert's remaining hours, solved as a min-cost flow
 * ({@link HoursAllocator}) beside first come, first served on the same data; the operator reviews
 * the numbers and applies the proposal once. Applying makes ordinary requests to the assigned
 * experts, so the same guards hold (hours held under row locks, SME caps, consent, deadlines).
 */
@ApplicationScoped
public class Allocations {
  @PersistenceContext EntityManager em;
  @Inject Engagements engagements;
  @Inject AccountDirectory accounts;
  @Inject HoursLedger ledger;
  @Inject ExpertRules rules;
  @Inject CatalogueService catalogues;
  @Inject ExpertReference reference;
  @Inject Clock clock;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Transactional
  public AllocationView run(AccountPrincipal actor, String monthText) {
    requireOperator(actor);
    List<FieldError> errors = new ArrayList<>();
    LocalDate month = RequestMonth.parse(monthText, clock, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<HoursRequest> open = em.createQuery("select r from HoursRequest r where r.month = :m and r.status = :s "
            + "order by r.createdAt, r.id", HoursRequest.class)
        .setParameter("m", month).setParameter("s", HoursRequest.Status.OPEN).getResultList();
    AllocationProblem problem = new AllocationProblem(requests(open, month), capacities(month),
        rules.smeMonthlyHours());
    Allocation proposal = new HoursAllocator().allocate(problem);
    Allocation fcfs = new FirstComeFirstServed().allocate(problem);
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("requests", problem.requests().size());
    numbers.put("experts", problem.experts().size());
    numbers.put("grants", proposal.grants().size());
    numbers.put("proposal", proposal.stats());
    numbers.put("fcfs", fcfs.stats());
    numbers.put("gain", proposal.stats().against(fcfs.stats()));
    AllocationRun run = new AllocationRun(month, actor.id(), clock.instant(), JSON.toJson(numbers));
    em.persist(run);
    em.flush();
    for (Grant g : proposal.grants()) {
      em.createNativeQuery("insert into allocation_grant (run_id, request_id, expert_id, hours) values (?1, ?2, ?3, ?4)")
          .setParameter(1, run.id()).setParameter(2, g.requestId()).setParameter(3, g.expertId())
          .setParameter(4, g.hours()).executeUpdate();
    }
    return view(run);
  }

  /**
   * Applies a proposal once: each grant becomes a request to the assigned expert. A grant that no
   * longer fits (the expert's or the SME's hours were taken meanwhile, the request was withdrawn)
   * is skipped and counted.
   */
  @Transactional
  public AllocationView apply(AccountPrincipal actor, long id) {
    requireOperator(actor);
    AllocationRun run = find(id);
    if (run.status() != AllocationRun.Status.PROPOSED) {
      throw new ConflictException("allocation.notProposed");
    }
    int applied = 0;
    int skipped = 0;
    Instant now = clock.instant();
    Map<Long, List<Object[]>> byRequest = new LinkedHashMap<>();
    for (Object row : em.createNativeQuery("select request_id, expert_id, hours from allocation_grant where run_id = ?1 "
        + "order by request_id, hours desc, expert_id").setParameter(1, id).getResultList()) {
      Object[] c = (Object[]) row;
      byRequest.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<Long, List<Object[]>> e : byRequest.entrySet()) {
      HoursRequest r = em.find(HoursRequest.class, e.getKey());
      if (r == null || r.status() != HoursRequest.Status.OPEN) {
        skipped += e.getValue().size();
        continue;
      }
      AccountPrincipal sme = accounts.byId(r.smeAccountId()).orElse(null);
      int made = 0;
      for (Object[] g : e.getValue()) {
        ExpertEngagement.Request request = new ExpertEngagement.Request(r.companyId(), r.smeAccountId(),
            ((Number) g[1]).longValue(), 0, null, r.month(), ((Number) g[2]).intValue(), r.description(), true, null,
            id, r.id(), null, null);
        try {
          if (sme == null) {
            throw new ConflictException("allocation.notProposed");
          }
          engagements.open(sme, request, List.copyOf(r.parts()), r.measureCodes(), engagements.respondBy(now, null),
              now);
          made++;
        } catch (ConflictException noLongerFits) {
          skipped++;
        }
      }
      applied += made;
      if (made > 0) {
        em.createQuery("update HoursRequest r set r.status = :a, r.version = r.version + 1 where r.id = :id")
            .setParameter("a", HoursRequest.Status.ALLOCATED).setParameter("id", r.id()).executeUpdate();
      }
    }
    Map<String, Object> numbers = numbers(run);
    numbers.put("applied", applied);
    numbers.put("skipped", skipped);
    int changed = em.createQuery("update AllocationRun a set a.status = :applied, a.appliedAt = :now, a.stats = :s, "
            + "a.version = a.version + 1 where a.id = :id and a.status = :proposed")
        .setParameter("applied", AllocationRun.Status.APPLIED).setParameter("now", now)
        .setParameter("s", JSON.toJson(numbers)).setParameter("id", id)
        .setParameter("proposed", AllocationRun.Status.PROPOSED).executeUpdate();
    if (changed != 1) {
      throw new ConflictException("allocation.notProposed");
    }
    em.refresh(run);
    return view(run);
  }

  @Transactional
  public List<AllocationView> list(AccountPrincipal actor) {
    requireOperator(actor);
    return em.createQuery("select a from AllocationRun a order by a.runAt desc, a.id desc", AllocationRun.class)
        .setMaxResults(50).getResultStream().map(this::view).toList();
  }

  @Transactional
  public AllocationView one(AccountPrincipal actor, long id) {
    requireOperator(actor);
    return view(find(id));
  }

  /**
   * The open requests as the allocation sees them. A company's requests are trimmed, heaviest
   * risk per hour first, to what its monthly cap leaves after the hours it already holds, so the
   * allocator's per-company cap is the cap that is really left.
   */
  private List<jp.sukedachi.engagement.domain.allocation.HoursRequest> requests(List<HoursRequest> open,
      LocalDate month) {
    Map<Long, Integer> left = new HashMap<>();
    List<HoursRequest> heaviestFirst = new ArrayList<>(open);
    heaviestFirst.sort(Comparator.comparingDouble(HoursRequest::riskPerHour).reversed()
        .thenComparing(HoursRequest::id));
    Map<Long, Integer> hours = new HashMap<>();
    for (HoursRequest r : heaviestFirst) {
      int remaining = left.computeIfAbsent(r.companyId(),
          c -> Math.max(0, rules.smeMonthlyHours() - ledger.companyHours(c, month)));
      int h = Math.min(r.hours(), remaining);
      left.put(r.companyId(), remaining - h);
      hours.put(r.id(), h);
    }
    List<jp.sukedachi.engagement.domain.allocation.HoursRequest> out = new ArrayList<>();
    long sequence = 0;
    for (HoursRequest r : open) {
      int h = hours.get(r.id());
      sequence++;
      if (h > 0) {
        out.add(new jp.sukedachi.engagement.domain.allocation.HoursRequest(r.id(), r.companyId(), r.prefectureCode(),
            h, r.riskPerHour(), r.measureCodes(), r.needsPresence(), sequence));
      }
    }
    return out;
  }

  /** Every matchable expert with hours left in the month. */
  private List<ExpertCapacity> capacities(LocalDate month) {
    LocalDate today = ExpertReference.today(clock);
    Catalogue catalogue = catalogues.current();
    Map<Long, Set<String>> skills = pairs("select s.expert_id, s.code from expert_skill s join expert e on e.id = s.expert_id "
        + "where e.status = 'VERIFIED' and e.riss_renewal_due >= ?1", today);
    Map<Long, Set<String>> prefectures = pairs("select p.expert_id, p.prefecture_code from expert_prefecture p "
        + "join expert e on e.id = p.expert_id where e.status = 'VERIFIED' and e.riss_renewal_due >= ?1", today);
    Map<Set<String>, Set<String>> measures = new HashMap<>();
    List<ExpertCapacity> out = new ArrayList<>();
    for (Object row : em.createNativeQuery("select e.id, e.remote, e.on_site, e.monthly_hours - coalesce(h.hours, 0) "
            + "from expert e left join expert_month_hours h on h.expert_id = e.id and h.month = ?2 "
            + "where e.status = 'VERIFIED' and e.riss_renewal_due >= ?1 order by e.id")
        .setParameter(1, today).setParameter(2, month).getResultList()) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      int hours = ((Number) c[3]).intValue();
      if (hours > 0) {
        Set<String> covered = measures.computeIfAbsent(skills.getOrDefault(id, Set.of()),
            k -> Set.copyOf(Skills.measures(catalogue, k)));
        out.add(new ExpertCapacity(id, covered, prefectures.getOrDefault(id, Set.of()), (Boolean) c[1],
            (Boolean) c[2], hours));
      }
    }
    return out;
  }

  private Map<Long, Set<String>> pairs(String sql, LocalDate today) {
    Map<Long, Set<String>> out = new HashMap<>();
    for (Object row : em.createNativeQuery(sql).setParameter(1, today).getResultList()) {
      Object[] c = (Object[]) row;
      out.computeIfAbsent(((Number) c[0]).longValue(), k -> new LinkedHashSet<>()).add(String.valueOf(c[1]).strip());
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> numbers(AllocationRun run) {
    return new LinkedHashMap<>(JSON.fromJson(run.stats(), LinkedHashMap.class));
  }

  @SuppressWarnings("unchecked")
  private AllocationView view(AllocationRun run) {
    Map<String, Object> n = numbers(run);
    return new AllocationView(run.id(), run.month(), run.status(), run.runAt(), run.appliedAt(), count(n, "requests"),
        count(n, "experts"), count(n, "grants"), (Map<String, Object>) n.get("proposal"),
        (Map<String, Object>) n.get("fcfs"), (Map<String, Object>) n.get("gain"),
        n.containsKey("applied") ? count(n, "applied") : null, n.containsKey("skipped") ? count(n, "skipped") : null);
  }

  private static int count(Map<String, Object> n, String key) {
    Object v = n.get(key);
    return v instanceof Number x ? x.intValue() : 0;
  }

  private AllocationRun find(long id) {
    AllocationRun run = em.find(AllocationRun.class, id);
    if (run == null) {
      throw new NotFoundException("allocation.notFound");
    }
    return run;
  }

  private static void requireOperator(AccountPrincipal actor) {
    if (!actor.is(Role.ADMIN)) {
      throw new ForbiddenException("error.forbidden");
    }
  }
}
