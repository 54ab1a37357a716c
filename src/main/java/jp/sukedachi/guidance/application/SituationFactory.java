package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.assessment.facts.CompanyFactsQuery;
import jp.sukedachi.guidance.domain.MeasureProgress;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.platform.NotFoundException;

/**
 * What the risk model needs about a company: the facts assessment publishes, plus the measures
 * the company has marked done on its plan (guidance's own data).
 */
@ApplicationScoped
public class SituationFactory {
  @PersistenceContext EntityManager em;
  @Inject CompanyFactsQuery facts;

  public CompanyFacts facts(long companyId) {
    return facts.of(companyId).orElseThrow(() -> new NotFoundException("error.company-not-found"));
  }

  public Situation of(long companyId) {
    return of(facts(companyId));
  }

  public Situation of(CompanyFacts companyFacts) {
    return Situation.from(companyFacts, done(companyFacts.companyId()));
  }

  private Set<String> done(long companyId) {
    return em.createQuery("select p from MeasureProgress p where p.companyId = :c", MeasureProgress.class)
        .setParameter("c", companyId).getResultStream()
        .filter(p -> p.status() == ProgressStatus.DONE).map(MeasureProgress::measureCode)
        .collect(Collectors.toSet());
  }
}
