package jp.sukedachi.matching.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.Skills;
import jp.sukedachi.guidance.application.CatalogueService;
import jp.sukedachi.guidance.application.PlanCache;
import jp.sukedachi.guidance.application.SituationFactory;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.PlanFingerprint;
import jp.sukedachi.guidance.domain.Planner;
import jp.sukedachi.guidance.domain.Situation;
import jp.sukedachi.matching.domain.ExpertMatch;
import jp.sukedachi.matching.domain.ExpertMatchResult;
import jp.sukedachi.matching.domain.ExpertMatcher;
import jp.sukedachi.matching.domain.ExpertNeed;
import jp.sukedachi.matching.domain.ExpertSeeker;
import jp.sukedachi.platform.InvalidInputException;

/**
 * A company's ranked experts for its open plan items (for its owner or an operator; the access
 * policy decides, anyone else is told the company does not exist), and the next candidates when
 * a request passes on.
 */
@ApplicationScoped
public class ExpertMatches {
  /** How many experts an answer ranks. */
  public static final int TOP = 20;

  @Inject AccessPolicy access;
  @Inject SituationFactory situations;
  @Inject CatalogueService catalogues;
  @Inject PlanCache plans;
  @Inject ExpertIndex index;
  @Inject ExpertReference reference;
  @Inject Clock clock;

  /** The company's open plan items an expert can help with, and who ranks best for them. */
  public record ExpertMatchView(long companyId, String companyName, List<ExpertNeed> needs, ExpertMatchResult result)
      implements java.io.Serializable {}

  /**
   * @param from start of the window in which free slots count; null: now
   * @param to its end; null: two weeks after from
   */
  @Transactional
  public ExpertMatchView matches(AccountPrincipal actor, long companyId, Instant from, Instant to) {
    access.workspace(actor, companyId, DataPart.PLAN, DataPart.PROFILE, DataPart.ASSET_COUNTS);
    if (from != null && to != null && !to.isAfter(from)) {
      throw InvalidInputException.of("to", "expertMatch.window.order");
    }
    CompanyFacts facts = situations.facts(companyId);
    ExpertSeeker seeker = seeker(facts);
    YearMonth month = YearMonth.from(from == null ? ExpertReference.today(clock)
        : from.atZone(ExpertReference.JAPAN).toLocalDate());
    ExpertMatchResult result = new ExpertMatcher().match(seeker, index.cards(month, from, to), TOP);
    return new ExpertMatchView(companyId, facts.name(), seeker.needs(), result);
  }

  /**
   * The experts to pass a request on to, best first: ranked as the company's matches (then the
   * fallback's), not yet asked, with the hours free in the month. For the system, after the
   * request's own access checks.
   */
  @Transactional
  public List<Long> candidates(long companyId, YearMonth month, int hours, Collection<Long> asked, int limit) {
    CompanyFacts facts = situations.facts(companyId);
    ExpertMatchResult result = new ExpertMatcher().match(seeker(facts), index.cards(month, null, null),
        TOP + asked.size());
    Set<Long> skip = new HashSet<>(asked);
    List<Long> out = new ArrayList<>();
    List<ExpertMatch> ranked = new ArrayList<>(result.matches());
    ranked.addAll(result.fallback().matches());
    for (ExpertMatch m : ranked) {
      if (out.size() < limit && m.expert().freeHours() >= hours && skip.add(m.expert().expertId())) {
        out.add(m.expert().expertId());
      }
    }
    return out;
  }

  /** Where a company is and its open plan items an expert can help with, by measure code. */
  public record Needs(String prefectureCode, List<ExpertNeed> needs) {
    public Map<String, ExpertNeed> byCode() {
      Map<String, ExpertNeed> m = new LinkedHashMap<>();
      needs.forEach(n -> m.put(n.measureCode(), n));
      return m;
    }
  }

  /** The company's open items an expert can help with (for the system, after its own access checks). */
  @Transactional
  public Needs needs(long companyId) {
    ExpertSeeker s = seeker(situations.facts(companyId));
    return new Needs(s.prefectureCode(), s.needs());
  }

  /** The company as the matcher sees it: where it is, its budget, its open items an expert can help with. */
  private ExpertSeeker seeker(CompanyFacts facts) {
    Situation situation = situations.of(facts);
    Catalogue catalogue = catalogues.current();
    Budget budget = new Budget(facts.monthlyBudgetYen(), facts.oneOffBudgetYen(),
        Budget.defaultStaffHours(facts.employees()), false);
    Plan plan = plans.plan(PlanFingerprint.of(catalogue.version(), situation, budget),
        () -> new Planner(catalogue).plan(situation, budget));
    Map<String, ExpertNeed> needs = new LinkedHashMap<>();
    for (Plan.Item item : plan.items()) {
      if (Skills.byExpert(item.measure())) {
        needs.putIfAbsent(item.measure().code(), new ExpertNeed(item.measure().code(), item.measure().title(),
            item.riskRemoved(), item.hours(), Skills.needsPresence(item.measure())));
      }
    }
    String prefecture = facts.prefectureCode();
    return new ExpertSeeker(prefecture, prefecture == null ? null : reference.regions().get(prefecture),
        facts.monthlyBudgetYen(), List.copyOf(needs.values()));
  }
}
