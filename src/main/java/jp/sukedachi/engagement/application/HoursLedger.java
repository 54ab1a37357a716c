package jp.sukedachi.engagement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.sukedachi.expert.application.ExpertsChanged;
import jp.sukedachi.platform.ConflictException;

/**
 * The hours promised per month, per expert and per company: THE guard that an expert's monthly
 * hours and an SME's monthly cap are never exceeded. Each hold is one conditional update of one
 * row, which PostgreSQL serialises on the row lock: of concurrent holds, those that would pass
 * the limit find no row to update and fail. Holds and releases run in the caller's transaction,
 * so a request that fails later leaves no hours held. Always hold the expert's row first, then the
 * company's, so two transactions never wait for each other in opposite orders.
 */
@ApplicationScoped
public class HoursLedger {
  @PersistenceContext EntityManager em;
  @Inject Event<ExpertsChanged> changed;

  /** Holds hours of an expert's month; 409 when they would exceed what the expert offers. */
  public void holdExpert(long expertId, LocalDate month, int hours, int limit) {
    if (!hold("expert_month_hours", "expert_id", expertId, month, hours, limit)) {
      throw new ConflictException("engagement.hours.expertFull", limit);
    }
  }

  /** Holds hours of a company's month; 409 when they would exceed the per-SME cap. */
  public void holdCompany(long companyId, LocalDate month, int hours, int cap) {
    if (!hold("company_expert_hours", "company_id", companyId, month, hours, cap)) {
      throw new ConflictException("engagement.hours.smeCap", cap);
    }
  }

  public void release(long expertId, long companyId, LocalDate month, int hours) {
    releaseExpert(expertId, month, hours);
    release("company_expert_hours", "company_id", companyId, month, hours);
  }

  public void releaseExpert(long expertId, LocalDate month, int hours) {
    release("expert_month_hours", "expert_id", expertId, month, hours);
  }

  /** Hours a company has with experts in a month. */
  public int companyHours(long companyId, LocalDate month) {
    return held("company_expert_hours", "company_id", companyId, month);
  }

  /** Hours an expert has promised in a month. */
  public int expertHours(long expertId, LocalDate month) {
    return held("expert_month_hours", "expert_id", expertId, month);
  }

  private boolean hold(String table, String key, long id, LocalDate month, int hours, int limit) {
    em.createNativeQuery("insert into " + table + " (" + key + ", month, hours) values (?1, ?2, 0) on conflict do nothing")
        .setParameter(1, id).setParameter(2, month).executeUpdate();
    changed.fire(ExpertsChanged.INSTANCE);
    return em.createNativeQuery("update " + table + " set hours = hours + ?1 where " + key + " = ?2 and month = ?3 "
            + "and hours + ?1 <= ?4")
        .setParameter(1, hours).setParameter(2, id).setParameter(3, month).setParameter(4, limit)
        .executeUpdate() == 1;
  }

  private void release(String table, String key, long id, LocalDate month, int hours) {
    changed.fire(ExpertsChanged.INSTANCE);
    em.createNativeQuery("update " + table + " set hours = greatest(hours - ?1, 0) where " + key + " = ?2 and month = ?3")
        .setParameter(1, hours).setParameter(2, id).setParameter(3, month).executeUpdate();
  }

  private int held(String table, String key, long id, LocalDate month) {
    var rows = em.createNativeQuery("select hours from " + table + " where " + key + " = ?1 and month = ?2")
        .setParameter(1, id).setParameter(2, month).getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }
}
