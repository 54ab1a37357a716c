package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.StoredPlan;

/**
 * Keeps the versions of each company's adopted plan. An unchanged plan keeps its version; a plan
 * whose inputs changed becomes the next version. Two requests racing to store the same new plan
 * are serialised by a per-company advisory lock, so neither fails.
 */
@ApplicationScoped
public class PlanStore {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The plan's version and id, unchanged or new. */
  public record Version(long planId, int version) implements java.io.Serializable {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Version adopt(long companyId, String fingerprint, Plan plan) {
    Optional<Object[]> latest = latest(companyId);
    if (latest.isPresent() && fingerprint.equals(latest.get()[2])) {
      return version(latest.get());
    }
    em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, companyId).getResultList();
    latest = latest(companyId);
    if (latest.isPresent() && fingerprint.equals(latest.get()[2])) {
      return version(latest.get());
    }
    int next = latest.map(row -> ((Number) row[1]).intValue() + 1).orElse(1);
    StoredPlan stored = new StoredPlan(companyId, next, fingerprint, clock.instant(), plan);
    em.persist(stored);
    em.flush();
    return new Version(stored.id(), stored.version());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredPlan> versions(long companyId) {
    return em.createQuery("select p from StoredPlan p where p.companyId = :c order by p.version desc",
            StoredPlan.class)
        .setParameter("c", companyId).setMaxResults(100).getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredPlan> version(long companyId, int version) {
    return em.createQuery("select p from StoredPlan p where p.companyId = :c and p.version = :v", StoredPlan.class)
        .setParameter("c", companyId).setParameter("v", version).getResultStream().findFirst();
  }

  private Optional<Object[]> latest(long companyId) {
    return em.createQuery("select p.id, p.version, p.fingerprint from StoredPlan p where p.companyId = :c"
            + " order by p.version desc", Object[].class)
        .setParameter("c", companyId).setMaxResults(1).getResultStream().findFirst();
  }

  private static Version version(Object[] row) {
    return new Version(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
  }
}
