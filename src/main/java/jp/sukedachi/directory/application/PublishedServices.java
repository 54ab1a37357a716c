package jp.sukedachi.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.directory.domain.ServiceClass;

/**
 * The published お助け隊 services, for the matcher and the public list: every approved revision
 * of a service that is neither suspended nor withdrawn, with its provider. One SQL statement
 * (the sets are aggregated in it), so a thousand services cost one round trip.
 */
@ApplicationScoped
public class PublishedServices {
  private static final String PUBLISHED = """
      select s.id, r.id, r.revision_no, p.id, p.name, r.name, r.summary, r.service_class, r.monitoring_type,
             r.monthly_yen_per_company, r.monthly_yen_per_device, r.one_off_yen, r.monitored_endpoints,
             (select string_agg(x.prefecture_code, ',') from service_revision_prefecture x where x.revision_id = r.id),
             (select string_agg(x.measure_code, ',') from service_revision_measure x where x.revision_id = r.id),
             r.min_employees, r.max_employees, r.min_devices, r.max_devices,
             (select string_agg(x.industry_code, ',') from service_revision_industry x where x.revision_id = r.id),
             r.subsidy_eligible, r.minimum_term_months, r.cancellation, r.consultation_hours, r.insurer,
             r.insurance_limit_yen, r.periodic_consulting, r.stronger_monitoring, r.ipa_registration_number,
             r.catalogue_version, r.reviewed_at
      from service_revision r
      join listed_service s on s.id = r.service_id
      join provider p on p.id = s.provider_id
      where r.state = 'PUBLISHED' and s.availability = 'ACTIVE'""";

  /** Every published service; public for the schema test, which runs it on a thousand services. */
  public static final String SQL = PUBLISHED + " order by s.id";

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PublishedService> all() {
    List<?> rows = em.createNativeQuery(SQL).getResultList();
    return rows.stream().map(r -> row((Object[]) r)).toList();
  }

  /** One published service; empty when it does not exist or is not published. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<PublishedService> one(long serviceId) {
    List<?> rows = em.createNativeQuery(PUBLISHED + " and s.id = ?1").setParameter(1, serviceId).getResultList();
    return rows.stream().findFirst().map(r -> row((Object[]) r));
  }

  /** One row of {@link #SQL}. */
  public static PublishedService row(Object[] r) {
    int i = 0;
    return new PublishedService(number(r[i++]), number(r[i++]), (int) number(r[i++]), number(r[i++]),
        text(r[i++]), text(r[i++]), text(r[i++]), ServiceClass.valueOf(text(r[i++])),
        MonitoringType.valueOf(text(r[i++])), number(r[i++]), number(r[i++]), number(r[i++]),
        (int) number(r[i++]), codes(r[i++]), codes(r[i++]), integer(r[i++]), integer(r[i++]), integer(r[i++]),
        integer(r[i++]), codes(r[i++]), (Boolean) r[i++], (int) number(r[i++]), text(r[i++]), text(r[i++]),
        text(r[i++]), number(r[i++]), (Boolean) r[i++], (Boolean) r[i++], text(r[i++]), text(r[i++]),
        instant(r[i]));
  }

  private static long number(Object o) {
    return ((Number) o).longValue();
  }

  private static Integer integer(Object o) {
    return o == null ? null : ((Number) o).intValue();
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  private static Set<String> codes(Object o) {
    return o == null ? Set.of()
        : Arrays.stream(o.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  private static Instant instant(Object o) {
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    return o == null ? null : (Instant) o;
  }
}
