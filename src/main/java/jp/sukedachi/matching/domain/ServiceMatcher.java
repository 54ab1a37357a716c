package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.guidance.domain.Budget;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Offer;
import jp.sukedachi.guidance.domain.OfferValuation;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.SubsidyRule;
import jp.sukedachi.platform.Bilingual;

/**
 * Matches one company to the published お助け隊 services. Same inputs, same result.
 *
 * <p><b>Hard filters</b>, each reported when it excludes: the company's prefecture must be in
 * the dispatch area, its employees and its endpoints (PCs and servers) within the ranges the
 * service takes, its industry among the service's (when the service names any). A service
 * whose measures are all in place or inapplicable is excluded too: it would remove nothing.
 *
 * <p><b>2類 only where it fits:</b> a 2類 service (built for larger SMEs, monitoring at least
 * 50 endpoints) is offered when the company has {@value #CLASS_2_ENDPOINTS} or more endpoints,
 * or when no 1類 service passes the hard filters for it (nothing cheaper reaches it);
 * otherwise it is excluded with that reason.
 *
 * <p><b>Price</b> for the company: per-company fee + per-device fee × its endpoints per month,
 * less the IT導入補助金 per month where the service is eligible and the catalogue's rule grants
 * it to this company (an SME; nothing for a non-SME); first-year cost = one-off fee + 12 ×
 * the monthly fee − the subsidy over the first year's subsidised months.
 *
 * <p><b>Risk removed</b>: the service as an {@link Offer} valued by {@link OfferValuation}, the
 * plan's own risk model: its open measures on top of what is in place.
 *
 * <p><b>Ranking</b>: services whose net monthly fee fits the company's monthly budget first;
 * then by risk removed per first-year yen (a free service that removes risk comes first);
 * ties by risk removed, then by service id.
 */
public final class ServiceMatcher {
  /** Endpoints from which a 2類 service fits without further reason. */
  public static final int CLASS_2_ENDPOINTS = 50;
  /** How many of the plan's first items a service's coverage is told against. */
  public static final int PLAN_HEAD = 5;

  private final Catalogue catalogue;

  public ServiceMatcher(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The service as an offer to the planner: its measures, its prices, charged per endpoint. */
  public static Offer offer(PublishedService s) {
    return new Offer("SERVICE-" + s.serviceId(), new Bilingual(s.name(), s.name()), s.measureCodes(),
        s.oneOffYen(), s.monthlyYenPerCompany(), s.monthlyYenPerDevice(), Offer.ENDPOINTS, 0,
        s.subsidyEligible());
  }

  /** The budget the company's services are valued and compared at: its own, subsidy counted. */
  public static Budget budget(long monthlyYen, long oneOffYen, double hours) {
    return new Budget(monthlyYen, oneOffYen, hours, true);
  }

  /**
   * @param plan the company's own plan (its first items are what coverage is told against)
   * @param budget the budget the open measures are found for (see {@link #budget})
   */
  public MatchResult match(MatchingCompany company, Plan plan, Budget budget,
      List<PublishedService> services) {
    OfferValuation valuation = OfferValuation.of(catalogue, company.situation(), budget);
    MatchReasons why = new MatchReasons(company, plan, valuation, catalogue.subsidy());
    List<Set<Filter>> hard = new ArrayList<>(services.size());
    boolean class1Reaches = false;
    for (PublishedService s : services) {
      Set<Filter> failed = hardFilters(company, s);
      hard.add(failed);
      class1Reaches |= failed.isEmpty() && s.serviceClass() == ServiceClass.CLASS_1;
    }
    boolean class2Fits = company.endpoints() >= CLASS_2_ENDPOINTS || !class1Reaches;
    List<ServiceMatch> matches = new ArrayList<>();
    List<ExcludedService> excluded = new ArrayList<>();
    for (int i = 0; i < services.size(); i++) {
      PublishedService s = services.get(i);
      Set<Filter> failed = hard.get(i);
      if (failed.isEmpty() && s.serviceClass() == ServiceClass.CLASS_2 && !class2Fits) {
        failed = EnumSet.of(Filter.CLASS_2);
      }
      Offer offer = offer(s);
      if (failed.isEmpty() && valuation.openMeasures(offer).isEmpty()) {
        failed = EnumSet.of(Filter.NOTHING_OPEN);
      }
      if (failed.isEmpty()) {
        matches.add(match(company, s, offer, valuation, why));
      } else {
        excluded.add(new ExcludedService(s, failed, why.excluded(s, failed)));
      }
    }
    matches.sort(RANKING);
    return new MatchResult(matches, excluded);
  }

  /** Within budget first, then risk removed per first-year yen, then risk removed, then id. */
  static final Comparator<ServiceMatch> RANKING = Comparator
      .comparing((ServiceMatch m) -> !m.withinBudget())
      .thenComparing(Comparator.comparingDouble(ServiceMatcher::riskPerYen).reversed())
      .thenComparing(Comparator.comparingDouble(ServiceMatch::riskRemoved).reversed())
      .thenComparingLong(m -> m.service().serviceId());

  static double riskPerYen(ServiceMatch m) {
    if (m.firstYearYen() <= 0) {
      return m.riskRemoved() > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return m.riskRemoved() / m.firstYearYen();
  }

  static Set<Filter> hardFilters(MatchingCompany c, PublishedService s) {
    Set<Filter> failed = EnumSet.noneOf(Filter.class);
    if (c.prefectureCode() == null || !s.dispatchesTo(c.prefectureCode())) {
      failed.add(Filter.REGION);
    }
    if (!s.supportsEmployees(c.employees())) {
      failed.add(Filter.EMPLOYEES);
    }
    if (!s.supportsDevices(c.endpoints())) {
      failed.add(Filter.DEVICES);
    }
    if (!s.industries().isEmpty() && (c.industryCode() == null || !s.serves(c.industryCode()))) {
      failed.add(Filter.INDUSTRY);
    }
    return failed;
  }

  private ServiceMatch match(MatchingCompany c, PublishedService s, Offer offer, OfferValuation valuation,
      MatchReasons why) {
    int devices = c.endpoints();
    long monthly = s.monthlyYenFor(devices);
    long subsidy = subsidyMonthlyYen(s, monthly, c);
    long firstYear = s.oneOffYen() + 12 * monthly - subsidisedMonthsInFirstYear() * subsidy;
    double removed = valuation.riskRemoved(offer);
    double current = valuation.currentRisk();
    boolean within = monthly - subsidy <= c.monthlyBudgetYen();
    double share = current == 0 ? 0 : removed / current;
    ServiceMatch priced = new ServiceMatch(s, devices, monthly, subsidy, firstYear, removed, share, within,
        List.of());
    return new ServiceMatch(s, devices, monthly, subsidy, firstYear, removed, share, within,
        why.matched(priced, offer));
  }

  private long subsidyMonthlyYen(PublishedService s, long monthly, MatchingCompany c) {
    SubsidyRule rule = catalogue.subsidy();
    if (!s.subsidyEligible() || rule == null) {
      return 0;
    }
    return rule.monthlyYen(monthly, c.situation().sme(), c.situation().smallEnterprise());
  }

  private int subsidisedMonthsInFirstYear() {
    SubsidyRule rule = catalogue.subsidy();
    return rule == null ? 0 : Math.min(12, rule.months());
  }
}
