package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
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
    return of(companyFacts, progress(companyFacts.companyId()));
  }

  /** The situation when the company's progress has already been read. */
  public Situation of(CompanyFacts companyFacts, Map<String, ProgressStatus> progress) {
    Set<String> done = progress.entrySet().stream().filter(e -> e.getValue() == ProgressStatus.DONE)
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    return Situation.from(companyFacts, done);
  }

  /** Progress by measure code (one query). */
  public Map<String, ProgressStatus> progress(long companyId) {
    Map<String, ProgressStatus> m = new HashMap<>();
    em.createQuery("select p from MeasureProgress p where p.companyId = :c", MeasureProgress.class)
        .setParameter("c", companyId).getResultList().forEach(p -> m.put(p.measureCode(), p.status()));
    return m;
  }
}
