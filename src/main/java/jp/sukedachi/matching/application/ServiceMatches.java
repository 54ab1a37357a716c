package jp.sukedachi.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.directory.application.PublishedServices;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.application.PlanCache;
import jp.sukedachi.guidance.application.SituationFactory;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.PlanFingerprint;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.matching.domain.MatchResult;
import jp.sukedachi.matching.domain.MatchingCompany;
import jp.sukedachi.matching.domain.ServiceMatch;
import jp.sukedachi.matching.domain.ServiceMatcher;
import jp.sukedachi.platform.NotFoundException;

/**
 * A company's お助け隊 service matches and one match's plan comparison, for its owner or an
 * operator (the access policy decides; anyone else is told the company does not exist).
 */
@ApplicationScoped
public class ServiceMatches {
  @Inject AccessPolicy access;
  @Inject SituationFactory situations;
  @Inject CatalogueService catalogues;
  @Inject PublishedServices published;
  @Inject PlanCache plans;

  @Transactional
  public MatchView matches(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.PLAN, DataPart.PROFILE, DataPart.ASSET_COUNTS);
    return compute(companyId);
  }

  /** The plan with the matched service beside the plan without it; 404 for a service not among the matches. */
  @Transactional
  public ComparisonView comparison(AccountPrincipal actor, long companyId, long serviceId) {
    access.workspace(actor, companyId, DataPart.PLAN, DataPart.PROFILE, DataPart.ASSET_COUNTS);
    MatchView view = compute(companyId);
    ServiceMatch match = view.result().matches().stream().filter(m -> m.service().serviceId() == serviceId)
        .findFirst().orElseThrow(() -> new NotFoundException("match.service.notFound"));
    CompanyFacts facts = situations.facts(companyId);
    Situation situation = situations.of(facts);
    return ComparisonView.of(companyId, match, new Planner(catalogues.current())
        .compare(situation, matchingBudget(facts), ServiceMatcher.offer(match.service())));
  }

  /** The matches and, for the first {@code top} of them, the plan comparison (the SME's services page). */
  @Transactional
  public MatchesWithComparisons matchesWithComparisons(AccountPrincipal actor, long companyId, int top) {
    access.workspace(actor, companyId, DataPart.PLAN, DataPart.PROFILE, DataPart.ASSET_COUNTS);
    MatchView view = compute(companyId);
    CompanyFacts facts = situations.facts(companyId);
    Situation situation = situations.of(facts);
    Planner planner = new Planner(catalogues.current());
    List<ComparisonView> compared = view.result().matches().stream().limit(top)
        .map(m -> ComparisonView.of(companyId, m,
            planner.compare(situation, matchingBudget(facts), ServiceMatcher.offer(m.service()))))
        .toList();
    return new MatchesWithComparisons(view, compared);
  }

  /** What the services page shows. */
  public record MatchesWithComparisons(MatchView view, List<ComparisonView> comparisons)
      implements java.io.Serializable {}

  private MatchView compute(long companyId) {
    CompanyFacts facts = situations.facts(companyId);
    Situation situation = situations.of(facts);
    Catalogue catalogue = catalogues.current();
    // The plan the company sees on its plan page (its own budget, subsidy not counted).
    Budget planBudget = new Budget(facts.monthlyBudgetYen(), facts.oneOffBudgetYen(), Budget.defaultStaffHours(facts.employees()),
        false);
    Plan plan = plans.plan(PlanFingerprint.of(catalogue.version(), situation, planBudget),
        () -> new Planner(catalogue).plan(situation, planBudget));
    MatchingCompany company = new MatchingCompany(situation, facts.prefectureCode(), facts.industryCode(),
        facts.monthlyBudgetYen());
    List<jp.sukedachi.directory.domain.PublishedService> services = published.all();
    MatchResult result = new ServiceMatcher(catalogue).match(company, plan, matchingBudget(facts), services);
    return new MatchView(companyId, facts.name(), result, plan);
  }

  private static Budget matchingBudget(CompanyFacts facts) {
    return ServiceMatcher.budget(facts.monthlyBudgetYen(), facts.oneOffBudgetYen(), Budget.defaultStaffHours(facts.employees()));
  }
}
