package jp.sukedachi.expert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data the expert capability checks against (prefectures with their regions,
 * industries) and the hours already promised in a month. Reference rows never change while the
 * application runs, so they are read once.
 */
@ApplicationScoped
public class ExpertReference {
  /** Japan: months and deadlines are counted in its time. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  /** Languages an expert may work in (ISO 639-1). */
  public static final Set<String> LANGUAGES = Set.of("ja", "en", "zh", "ko", "vi", "pt", "es", "tl");

  @PersistenceContext EntityManager em;
  private volatile Map<String, String> regions;
  private volatile Set<String> industries;

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(JAPAN));
  }

  /** The first day of a month, as the hour counters store it. */
  public static LocalDate firstDay(YearMonth month) {
    return month.atDay(1);
  }

  /** A value quoted back in an error, kept short. */
  public static String quote(String value) {
    String v = String.valueOf(value);
    return v.length() > 20 ? v.substring(0, 20) + "…" : v;
  }

  public boolean isPrefecture(String code) {
    return regions().containsKey(code);
  }

  public boolean isIndustry(String code) {
    return industries().contains(code);
  }

  /** Prefecture code to region code (KANTO, KYUSHU...). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> regions() {
    Map<String, String> r = regions;
    if (r == null) {
      Map<String, String> read = new LinkedHashMap<>();
      for (Object row : em.createNativeQuery("select code, region from prefecture order by code").getResultList()) {
        Object[] cols = (Object[]) row;
        read.put(String.valueOf(cols[0]).strip(), String.valueOf(cols[1]));
      }
      regions = r = Map.copyOf(read);
    }
    return r;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> industries() {
    Set<String> i = industries;
    if (i == null) {
      List<?> codes = em.createNativeQuery("select code from industry").getResultList();
      industries = i = Set.copyOf(codes.stream().map(String::valueOf).toList());
    }
    return i;
  }

  /** Hours an expert has promised in a month (held by requests and booked). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int committedHours(long expertId, YearMonth month) {
    List<?> rows = em.createNativeQuery("select hours from expert_month_hours where expert_id = ?1 and month = ?2")
        .setParameter(1, expertId).setParameter(2, firstDay(month)).getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }
}
