package jp.sukedachi.expert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.sukedachi.notification.application.Notifier;

/**
 * Experts whose RISS renewal deadline has passed stop being matched (see
 * {@code Expert.matchable}) and are told once per deadline, in the app and by mail, to renew and
 * enter the new deadline. The "told" mark is a conditional update, so with several instances
 * checking at once each expert is told once.
 */
@ApplicationScoped
public class RenewalWatch {
  @PersistenceContext EntityManager em;
  @Inject Notifier notifier;
  @Inject Clock clock;

  /** Tells every newly lapsed expert; returns how many were told. */
  @Transactional
  public int tellLapsed() {
    LocalDate today = ExpertReference.today(clock);
    List<?> rows = em.createNativeQuery("select id, account_id, riss_renewal_due from expert where status = 'VERIFIED' "
            + "and riss_renewal_due < ?1 and lapse_notified_for is distinct from riss_renewal_due limit 200")
        .setParameter(1, today).getResultList();
    int told = 0;
    for (Object row : rows) {
      Object[] cols = (Object[]) row;
      long id = ((Number) cols[0]).longValue();
      int marked = em.createNativeQuery("update expert set lapse_notified_for = riss_renewal_due where id = ?1 "
              + "and lapse_notified_for is distinct from riss_renewal_due")
          .setParameter(1, id).executeUpdate();
      if (marked == 1) {
        notifier.notify(((Number) cols[1]).longValue(), "notification.expertLapsed", List.of(String.valueOf(cols[2])),
            "/expert/profile.xhtml");
        told++;
      }
    }
    return told;
  }
}
