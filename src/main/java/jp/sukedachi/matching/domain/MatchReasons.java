package jp.sukedachi.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.guidance.domain.Measure;
import jp.sukedachi.guidance.domain.Offer;
import jp.sukedachi.guidance.domain.OfferValuation;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.guidance.domain.SubsidyRule;
import jp.sukedachi.guidance.domain.Threat;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;

/** The reasons of a match (coverage of the plan, risk, price, budget) and of an exclusion. */
final class MatchReasons {
  private final MatchingCompany company;
  private final List<Plan.Item> planHead;
  private final OfferValuation valuation;
  private final Threat topThreat;
  private final SubsidyRule subsidy;

  MatchReasons(MatchingCompany company, Plan plan, OfferValuation valuation, SubsidyRule subsidy) {
    this.company = company;
    this.planHead = plan.items().subList(0, Math.min(ServiceMatcher.PLAN_HEAD, plan.items().size()));
    this.valuation = valuation;
    this.topThreat = valuation.topThreat();
    this.subsidy = subsidy;
  }

  List<Reason> matched(ServiceMatch m, Offer offer) {
    List<Reason> r = new ArrayList<>();
    List<Measure> covered = planHead.stream().map(Plan.Item::measure)
        .filter(x -> offer.measureCodes().contains(x.code())).toList();
    if (!covered.isEmpty()) {
      r.add(Reason.of("match.reason.plan", titles(covered), covered.size(), planHead.size()));
    } else {
      List<Measure> open = valuation.openMeasures(offer);
      r.add(Reason.of("match.reason.delivers", titles(open), open.size()));
    }
    double top = valuation.shareRemoved(offer, topThreat.code());
    if (top > 0) {
      r.add(Reason.of("match.reason.topThreat", percent(top), topThreat.name()));
    }
    r.add(Reason.of("match.reason.risk", percent(m.riskRemovedShare())));
    r.add(m.service().monthlyYenPerDevice() > 0
        ? Reason.of("match.reason.price.devices", m.monthlyYen(), m.devices())
        : Reason.of("match.reason.price.company", m.monthlyYen()));
    if (m.subsidyMonthlyYen() > 0) {
      r.add(Reason.of("match.reason.subsidy", m.netMonthlyYen(), subsidy.name()));
    } else if (m.service().subsidyEligible() && !company.situation().sme()) {
      r.add(Reason.of("match.reason.subsidy.notSme"));
    }
    if (m.service().oneOffYen() > 0) {
      r.add(Reason.of("match.reason.oneOff", m.service().oneOffYen()));
    }
    r.add(m.withinBudget()
        ? Reason.of("match.reason.withinBudget", m.netMonthlyYen(), company.monthlyBudgetYen())
        : Reason.of("match.reason.overBudget", m.netMonthlyYen(), company.monthlyBudgetYen(),
            m.netMonthlyYen() - company.monthlyBudgetYen()));
    if (m.service().serviceClass() == ServiceClass.CLASS_2) {
      r.add(company.endpoints() >= ServiceMatcher.CLASS_2_ENDPOINTS
          ? Reason.of("match.reason.class2", company.endpoints(), ServiceMatcher.CLASS_2_ENDPOINTS)
          : Reason.of("match.reason.class2.noClass1"));
    }
    return r;
  }

  List<Reason> excluded(PublishedService s, Set<Filter> failed) {
    List<Reason> r = new ArrayList<>();
    for (Filter f : failed) {
      r.add(switch (f) {
        case REGION -> Reason.of("match.excluded.region", prefecture(), s.dispatchPrefectures().size());
        case EMPLOYEES -> Reason.of("match.excluded.employees", company.employees(),
            range(s.minEmployees(), s.maxEmployees()));
        case DEVICES -> Reason.of("match.excluded.devices", company.endpoints(),
            range(s.minDevices(), s.maxDevices()));
        case INDUSTRY -> Reason.of("match.excluded.industry", industry(), s.industries().size());
        case CLASS_2 -> Reason.of("match.excluded.class2", company.endpoints(), ServiceMatcher.CLASS_2_ENDPOINTS);
        case NOTHING_OPEN -> Reason.of("match.excluded.nothingOpen", s.measureCodes().size());
      });
    }
    return r;
  }

  private Reason prefecture() {
    return company.prefectureCode() == null ? Reason.of("match.prefecture.unset")
        : Reason.of("match.prefecture." + company.prefectureCode());
  }

  private Reason industry() {
    return company.industryCode() == null ? Reason.of("match.industry.unset")
        : Reason.of("industry." + company.industryCode());
  }

  private static Reason range(Integer min, Integer max) {
    if (min != null && max != null) {
      return Reason.of("match.range.between", min, max);
    }
    return min != null ? Reason.of("match.range.atLeast", min) : Reason.of("match.range.atMost", max);
  }

  private static long percent(double share) {
    return Math.round(share * 100);
  }

  private static Bilingual titles(List<Measure> measures) {
    return new Bilingual(String.join("、", measures.stream().map(m -> m.title().ja()).toList()),
        String.join(", ", measures.stream().map(m -> m.title().en()).toList()));
  }
}
