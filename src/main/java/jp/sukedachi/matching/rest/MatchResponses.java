package jp.sukedachi.matching.rest;

import java.util.List;
import java.util.Locale;
import jp.sukedachi.guidance.domain.Plan;
import jp.sukedachi.matching.application.ComparisonView;
import jp.sukedachi.matching.application.MatchView;
import jp.sukedachi.matching.domain.ExcludedService;
import jp.sukedachi.matching.domain.ServiceMatch;
import jp.sukedachi.platform.Bilingual;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;

/** The JSON bodies of the service-match endpoints. */
public final class MatchResponses {
  private MatchResponses() {}

  public record Why(String key, List<String> args, String text) {}

  public record Match(long serviceId, String name, String providerName, String serviceClass,
      String monitoringType, int devices, long monthlyYen, long subsidyMonthlyYen, long netMonthlyYen,
      long oneOffYen, long firstYearYen, double riskRemoved, double riskRemovedShare, boolean withinBudget,
      List<Why> reasons) {}

  public record Excluded(long serviceId, String name, String providerName, List<String> filters,
      List<Why> reasons) {}

  public record Matches(long companyId, List<Match> matches, List<Excluded> excluded) {}

  public record PlanItem(String code, String title, String phase, long oneOffYen, long netMonthlyYen,
      double riskRemoved) {}

  public record PlanSide(double riskBefore, double riskAfter, long oneOffYen, long netMonthlyYen,
      List<PlanItem> items) {}

  public record Comparison(long companyId, Match match, boolean chosen, PlanSide with, PlanSide without,
      long separateOneOffYen, long separateMonthlyYen) {}

  static Matches matches(MatchView v, Locale l) {
    return new Matches(v.companyId(), v.result().matches().stream().map(m -> match(m, l)).toList(),
        v.result().excluded().stream().map(e -> excluded(e, l)).toList());
  }

  static Comparison comparison(ComparisonView c, Locale l) {
    return new Comparison(c.companyId(), match(c.match(), l), c.chosen(), side(c.with(), l),
        side(c.without(), l), c.separateOneOffYen(), c.separateMonthlyYen());
  }

  static Match match(ServiceMatch m, Locale l) {
    var s = m.service();
    return new Match(s.serviceId(), s.name(), s.providerName(), s.serviceClass().name(),
        s.monitoringType().name(), m.devices(), m.monthlyYen(), m.subsidyMonthlyYen(), m.netMonthlyYen(),
        s.oneOffYen(), m.firstYearYen(), round(m.riskRemoved()), round(m.riskRemovedShare()),
        m.withinBudget(), m.reasons().stream().map(r -> why(r, l)).toList());
  }

  static Excluded excluded(ExcludedService e, Locale l) {
    return new Excluded(e.service().serviceId(), e.service().name(), e.service().providerName(),
        e.filters().stream().map(Enum::name).sorted().toList(), e.reasons().stream().map(r -> why(r, l)).toList());
  }

  static PlanSide side(Plan p, Locale l) {
    return new PlanSide(round(p.riskBefore()), round(p.riskAfter()), p.oneOffYen(), p.netMonthlyYen(),
        p.items().stream().map(i -> new PlanItem(i.measure().code(), i.measure().title().in(l), i.phase().name(),
            i.oneOffYen(), i.netMonthlyYen(), round(i.riskRemoved()))).toList());
  }

  static Why why(Reason r, Locale l) {
    List<String> args = r.args().stream().map(a -> a instanceof Reason x ? Texts.message(l, x)
        : a instanceof Bilingual b ? b.in(l) : String.valueOf(a)).toList();
    return new Why(r.key(), args, Texts.message(l, r));
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
