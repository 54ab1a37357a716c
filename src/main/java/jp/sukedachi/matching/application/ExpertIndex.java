package jp.sukedachi.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertsChanged;
import jp.sukedachi.expert.application.Skills;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.matching.domain.ExpertCard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the matcher ranks, read from PostgreSQL into memory: every matchable expert (verified,
 * registration not lapsed) with its skills resolved to measure codes, reach, rate, rating, the
 * hours still free this month and next, and the start times of its free slots.
 *
 * <p>Why a snapshot: ranking 50,000 experts per request from SQL would cost tens of ms; a
 * snapshot makes a ranking one pass in memory. It is rebuilt when it is older than
 * {@code sukedachi.experts.index.seconds} (5 by default) or after a change on this instance
 * ({@link ExpertsChanged}), at most once a second, by one thread while the others keep ranking on the
 * previous one. Its free hours and slots may therefore be a few seconds old: fine for ranking,
 * never for booking, which the database guards ({@code HoursLedger} and the one-live-request-per-
 * slot index).
 */
@ApplicationScoped
public class ExpertIndex {
  /** Free slots are counted in this window by default: the next two weeks. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
  private static final Duration SLOT_HORIZON = Duration.ofDays(62);
  private static final Duration MIN_REBUILD = Duration.ofSeconds(1);

  @PersistenceContext EntityManager em;
  @Inject CatalogueService catalogues;
  @Inject ExpertReference reference;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sukedachi.experts.index.seconds", defaultValue = "5")
  int maxAgeSeconds;

  private final ReentrantLock rebuilding = new ReentrantLock();
  private volatile Snapshot snapshot;
  private volatile boolean stale;

  /** One expert as read, with the start times of its free slots (epoch seconds, ascending). */
  record Entry(ExpertCard card, long[] freeSlotStarts) {}

  /** The experts at one moment, with the cards for this month and the default window prebuilt. */
  record Snapshot(Instant takenAt, YearMonth month, List<Entry> entries, Map<Long, Integer> heldThisMonth,
      Map<Long, Integer> heldNextMonth, List<ExpertCard> defaultCards) {}

  /** The cards for a month and a window of wanted slots; the prebuilt ones for the usual question. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ExpertCard> cards(YearMonth month, Instant from, Instant to) {
    Snapshot s = current();
    if (month.equals(s.month()) && from == null && to == null) {
      return s.defaultCards();
    }
    Instant start = from == null ? s.takenAt() : from;
    Instant end = to == null ? start.plus(DEFAULT_WINDOW) : to;
    Map<Long, Integer> held = month.equals(s.month()) ? s.heldThisMonth()
        : month.equals(s.month().plusMonths(1)) ? s.heldNextMonth() : Map.of();
    List<ExpertCard> cards = new ArrayList<>(s.entries().size());
    for (Entry e : s.entries()) {
      cards.add(card(e, held, start, end));
    }
    return cards;
  }

  /**
   * Only an index that exists is told: a change made while the application starts (the demo
   * experts) must not create the index there, where its persistence context is not injected yet.
   */
  void onChange(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
      ExpertsChanged changed) {
    stale = true;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    Instant now = clock.instant();
    boolean old = s == null || s.takenAt().plusSeconds(Math.max(1, maxAgeSeconds)).isBefore(now)
        || (stale && s.takenAt().plus(MIN_REBUILD).isBefore(now));
    if (!old) {
      return s;
    }
    if (s == null) {
      rebuilding.lock();
    } else if (!rebuilding.tryLock()) {
      return s;
    }
    try {
      if (snapshot == s) {
        stale = false;
        snapshot = read(now);
      }
      return snapshot;
    } finally {
      rebuilding.unlock();
    }
  }

  private Snapshot read(Instant now) {
    LocalDate today = ExpertReference.today(clock);
    YearMonth month = YearMonth.from(today);
    Catalogue catalogue = catalogues.current();
    Map<String, String> regions = reference.regions();
    Map<Long, Set<String>> skills = pairs("select s.expert_id, s.code from expert_skill s join expert e on e.id = s.expert_id "
        + "where e.status = 'VERIFIED' and e.riss_renewal_due >= ?1", today);
    Map<Long, Set<String>> prefectures = pairs("select p.expert_id, p.prefecture_code from expert_prefecture p "
        + "join expert e on e.id = p.expert_id where e.status = 'VERIFIED' and e.riss_renewal_due >= ?1", today);
    Map<Long, long[]> slots = freeSlots(now);
    Map<Long, Integer> heldThis = held(month);
    Map<Long, Integer> heldNext = held(month.plusMonths(1));
    Map<Set<String>, Set<String>> measuresBySkills = new HashMap<>();
    Map<Set<String>, Set<String>> regionsByPrefectures = new HashMap<>();
    List<Entry> entries = new ArrayList<>();
    List<?> rows = em.createNativeQuery("select id, display_name, remote, on_site, hourly_rate_yen, monthly_hours, "
            + "rating_sum, rating_count from expert where status = 'VERIFIED' and riss_renewal_due >= ?1 order by id")
        .setParameter(1, today).getResultList();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      Set<String> measures = measuresBySkills.computeIfAbsent(skills.getOrDefault(id, Set.of()),
          k -> Set.copyOf(Skills.measures(catalogue, k)));
      Set<String> prefs = prefectures.getOrDefault(id, Set.of());
      Set<String> regs = regionsByPrefectures.computeIfAbsent(prefs, k -> {
        Set<String> r = new TreeSet<>();
        k.stream().map(regions::get).filter(java.util.Objects::nonNull).forEach(r::add);
        return Set.copyOf(r);
      });
      int ratingSum = ((Number) c[6]).intValue();
      int ratingCount = ((Number) c[7]).intValue();
      ExpertCard card = new ExpertCard(id, String.valueOf(c[1]), measures, prefs, regs, (Boolean) c[2], (Boolean) c[3],
          ((Number) c[4]).longValue(), ((Number) c[5]).intValue(), 0, 0,
          ratingCount == 0 ? Double.NaN : (double) ratingSum / ratingCount, ratingCount);
      entries.add(new Entry(card, slots.getOrDefault(id, new long[0])));
    }
    List<ExpertCard> defaults = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      defaults.add(card(e, heldThis, now, now.plus(DEFAULT_WINDOW)));
    }
    return new Snapshot(now, month, List.copyOf(entries), heldThis, heldNext, List.copyOf(defaults));
  }

  private static ExpertCard card(Entry e, Map<Long, Integer> held, Instant from, Instant to) {
    ExpertCard c = e.card();
    int free = Math.max(0, c.monthlyHours() - held.getOrDefault(c.expertId(), 0));
    return new ExpertCard(c.expertId(), c.displayName(), c.measureCodes(), c.prefectures(), c.regions(), c.remote(),
        c.onSite(), c.hourlyRateYen(), c.monthlyHours(), free, slotsIn(e.freeSlotStarts(), from, to),
        c.ratingAverage(), c.ratingCount());
  }

  /** How many starts fall in [from, to). */
  static int slotsIn(long[] starts, Instant from, Instant to) {
    int lo = insertion(Arrays.binarySearch(starts, from.getEpochSecond()));
    int hi = insertion(Arrays.binarySearch(starts, to.getEpochSecond()));
    return Math.max(0, hi - lo);
  }

  private static int insertion(int found) {
    return found >= 0 ? found : -found - 1;
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

  private Map<Long, Integer> held(YearMonth month) {
    Map<Long, Integer> out = new HashMap<>();
    for (Object row : em.createNativeQuery("select expert_id, hours from expert_month_hours where month = ?1 and hours > 0")
        .setParameter(1, ExpertReference.firstDay(month)).getResultList()) {
      Object[] c = (Object[]) row;
      out.put(((Number) c[0]).longValue(), ((Number) c[1]).intValue());
    }
    return out;
  }

  private Map<Long, long[]> freeSlots(Instant now) {
    Map<Long, List<Long>> starts = new HashMap<>();
    for (Object row : em.createNativeQuery("select s.expert_id, s.starts_at from expert_slot s "
            + "where s.starts_at > ?1 and s.starts_at < ?2 and not exists (select 1 from engagement g "
            + "where g.slot_id = s.id and g.status not in ('DECLINED', 'EXPIRED', 'CANCELLED')) "
            + "order by s.expert_id, s.starts_at")
        .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
        .setParameter(2, now.plus(SLOT_HORIZON).atOffset(java.time.ZoneOffset.UTC)).getResultList()) {
      Object[] c = (Object[]) row;
      starts.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(epochSeconds(c[1]));
    }
    Map<Long, long[]> out = new HashMap<>();
    starts.forEach((k, v) -> out.put(k, v.stream().mapToLong(Long::longValue).toArray()));
    return out;
  }

  private static long epochSeconds(Object value) {
    if (value instanceof OffsetDateTime t) {
      return t.toEpochSecond();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant().getEpochSecond();
    }
    return ((Instant) value).getEpochSecond();
  }
}
