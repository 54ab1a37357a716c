package jp.sukedachi.guidance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.CompanyAccess;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.assessment.facts.SelfCheckSubmitted;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.MeasureProgress;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.PlanFingerprint;
import jp.sukedachi.guidance.domain.StoredPlan;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.ProgressStatus;
import jp.sukedachi.guidance.domain.RiskModel;
import jp.sukedachi.guidance.domain.RiskSnapshot;
import jp.sukedachi.guidance.domain.SecurityActionReadiness;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;

/** Proposing a plan, tracking progress on it, and the residual risk over time. */
@ApplicationScoped
public class PlanService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject Clock clock;
  @Inject Inputs inputs;
  @Inject CatalogueService catalogues;
  @Inject SituationFactory situations;
  @Inject PlanStore store;
  @Inject PlanCache cache;

  /** A point of the chart over time. */
  public record HistoryPoint(Instant at, double residualRisk, Integer selfCheckScore) {}

  @Transactional
  public PlanView proposePlan(AccountPrincipal actor, long companyId, PlanRequest request) {
    CompanyAccess granted = access.workspace(actor, companyId, DataPart.PLAN, DataPart.PROFILE);
    inputs.check(request);
    CompanyFacts facts = situations.facts(companyId);
    Budget budget = new Budget(
        request.monthlyBudgetYen() == null ? facts.monthlyBudgetYen() : request.monthlyBudgetYen(),
        request.oneOffBudgetYen() == null ? facts.oneOffBudgetYen() : request.oneOffBudgetYen(),
        request.hours() == null ? Budget.defaultStaffHours(facts.employees()) : request.hours(),
        Boolean.TRUE.equals(request.subsidy()));
    Catalogue catalogue = catalogues.current();
    Map<String, ProgressStatus> progress = situations.progress(companyId);
    Situation situation = situations.of(facts, progress);
    String fingerprint = PlanFingerprint.of(catalogue.version(), situation, budget);
    Plan plan = cache.plan(fingerprint, () -> new Planner(catalogue).plan(situation, budget));
    PlanStore.Version stored = granted.owner() ? store.adopt(companyId, fingerprint, plan) : null;
    return new PlanView(companyId, facts.name(), plan, progress,
        SecurityActionReadiness.of(catalogue, situation), stored);
  }

  /**
   * The plan at the company's own budget for someone the access policy let read the PLAN part
   * (a consent recipient or an operator); the policy has logged the read.
   */
  @Transactional
  public PlanView sharedPlan(CompanyAccess granted) {
    if (!granted.may(DataPart.PLAN)) {
      throw new NotFoundException("error.company-not-found");
    }
    CompanyFacts facts = situations.facts(granted.companyId());
    Budget budget = new Budget(facts.monthlyBudgetYen(), facts.oneOffBudgetYen(),
        Budget.defaultStaffHours(facts.employees()), false);
    Catalogue catalogue = catalogues.current();
    Situation situation = situations.of(facts);
    return new PlanView(facts.companyId(), facts.name(), new Planner(catalogue).plan(situation, budget),
        progressOf(facts.companyId()), SecurityActionReadiness.of(catalogue, situation), null);
  }

  /** The stored versions of the company's plan, newest first. */
  @Transactional
  public List<StoredPlan> versions(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PLAN);
    return store.versions(companyId);
  }

  @Transactional
  public StoredPlan version(AccountPrincipal actor, long companyId, int version) {
    access.workspace(actor, companyId, DataPart.PLAN);
    return store.version(companyId, version).orElseThrow(() -> new NotFoundException("error.plan-version-not-found"));
  }

  @Transactional
  public Map<String, ProgressStatus> progress(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PLAN);
    return progressOf(companyId);
  }

  /** Marks a measure planned, in progress or done; the residual risk is recorded. */
  @Transactional
  public Map<String, ProgressStatus> markProgress(AccountPrincipal actor, long companyId,
      String measureCode, String status) {
    access.change(actor, companyId);
    if (measureCode == null || catalogues.current().measure(measureCode).isEmpty()) {
      throw InvalidInputException.of("measureCode", "plan.measure.unknown", String.valueOf(measureCode));
    }
    ProgressStatus newStatus = parse(status);
    Instant now = clock.instant();
    // One statement, so concurrent updates of the same measure (even the first) cannot collide:
    // the last one wins, none fails.
    em.createNativeQuery("insert into measure_progress (company_id, measure_code, status, updated_at, version)"
            + " values (?1, ?2, ?3, ?4, 0) on conflict (company_id, measure_code) do update"
            + " set status = excluded.status, updated_at = excluded.updated_at,"
            + " version = measure_progress.version + 1")
        .setParameter(1, companyId).setParameter(2, measureCode).setParameter(3, newStatus.name())
        .setParameter(4, now.atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
    snapshot(companyId, null, now);
    return progressOf(companyId);
  }

  @Transactional
  public List<HistoryPoint> history(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PLAN);
    // Risk is measured on the current catalogue's scale (yen a year since 2026.2): earlier points
    // on another scale would not compare.
    return em.createQuery("select s from RiskSnapshot s where s.companyId = :c and s.catalogueVersion = :v "
            + "order by s.takenAt, s.id", RiskSnapshot.class)
        .setParameter("c", companyId).setParameter("v", catalogues.current().version()).getResultStream()
        .map(s -> new HistoryPoint(s.takenAt(), s.residualRisk(), s.selfCheckScore())).toList();
  }

  @Transactional
  public SecurityActionReadiness securityAction(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PLAN);
    return SecurityActionReadiness.of(catalogues.current(), situations.of(companyId));
  }

  @Transactional
  public String companyName(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PROFILE);
    return situations.facts(companyId).name();
  }

  /** Each new self-check changes what is in place: record the residual risk with its score. */
  void onSelfCheck(@Observes SelfCheckSubmitted event) {
    snapshot(event.companyId(), event.score(), clock.instant());
  }

  /** Where a company stands today: its residual risk (yen a year) and its latest 自社診断 score. */
  public record Standing(double residualRisk, Integer selfCheckScore) {}

  /**
   * The company's standing now, for a capability that has already checked the caller's access
   * (an engagement records it when the SME asks and when it rates the work).
   */
  @Transactional
  public Standing standing(long companyId) {
    CompanyFacts facts = situations.facts(companyId);
    double residual = new RiskModel(catalogues.current()).assess(situations.of(facts)).values().stream()
        .mapToDouble(RiskModel.ThreatRisk::current).sum();
    return new Standing(residual, facts.selfCheck().map(CompanyFacts.SelfCheckFact::score).orElse(null));
  }

  private void snapshot(long companyId, Integer score, Instant now) {
    Standing standing = standing(companyId);
    Integer latestScore = score != null ? score : standing.selfCheckScore();
    em.persist(new RiskSnapshot(companyId, now, standing.residualRisk(), latestScore, catalogues.current().version()));
  }

  private Map<String, ProgressStatus> progressOf(long companyId) {
    return situations.progress(companyId);
  }

  private static ProgressStatus parse(String status) {
    for (ProgressStatus s : ProgressStatus.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    throw InvalidInputException.of("status", "plan.status.invalid");
  }
}
