package jp.sukedachi.matching.rest;

import java.util.List;
import java.util.Locale;
import jp.sukedachi.matching.application.ExpertMatches;
import jp.sukedachi.matching.domain.ExpertMatch;
import jp.sukedachi.matching.domain.ExpertNeed;

/** The JSON bodies of the expert-match endpoint. */
public final class ExpertMatchResponses {
  private ExpertMatchResponses() {}

  /** An open plan item an expert could help with. */
  public record Need(String code, String title, long riskYen, double hours, boolean needsPresence) {}

  /** One ranked expert; rating null before the first. */
  public record Match(long expertId, String displayName, long hourlyRateYen, double score, long riskCoveredYen,
      List<String> coveredMeasureCodes, boolean remoteOnly, boolean remote, boolean onSite, int freeHours,
      int freeSlots, Double rating, int ratingCount, List<MatchResponses.Why> reasons) {}

  /** What is offered when nobody in the prefecture can come on site: kind NONE, REGION or REMOTE. */
  public record Fallback(String kind, List<MatchResponses.Why> reasons, List<Match> matches) {}

  public record Matches(long companyId, List<Need> needs, List<Match> matches, List<MatchResponses.Why> whyNone,
      Fallback fallback) {}

  static Matches of(ExpertMatches.ExpertMatchView v, Locale l) {
    var r = v.result();
    return new Matches(v.companyId(), v.needs().stream().map(n -> need(n, l)).toList(),
        r.matches().stream().map(m -> match(m, l)).toList(),
        r.whyNone().stream().map(w -> MatchResponses.why(w, l)).toList(),
        new Fallback(r.fallback().kind().name(), r.fallback().reasons().stream().map(w -> MatchResponses.why(w, l)).toList(),
            r.fallback().matches().stream().map(m -> match(m, l)).toList()));
  }

  private static Need need(ExpertNeed n, Locale l) {
    return new Need(n.measureCode(), n.title().in(l), Math.round(n.riskYen()), n.hours(), n.needsPresence());
  }

  private static Match match(ExpertMatch m, Locale l) {
    var e = m.expert();
    return new Match(e.expertId(), e.displayName(), e.hourlyRateYen(), Math.round(m.score() * 10) / 10.0,
        Math.round(m.riskCoveredYen()), m.coveredMeasureCodes(), m.remoteOnly(), e.remote(), e.onSite(), e.freeHours(),
        e.freeSlots(), e.rated() ? Math.round(e.ratingAverage() * 10) / 10.0 : null, e.ratingCount(),
        m.reasons().stream().map(w -> MatchResponses.why(w, l)).toList());
  }
}
