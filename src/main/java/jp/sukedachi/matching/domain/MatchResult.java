package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ranked matches (best first) and the excluded services (in service order). */
public record MatchResult(List<ServiceMatch> matches, List<ExcludedService> excluded)
    implements Serializable {

  public MatchResult {
    matches = List.copyOf(matches);
    excluded = List.copyOf(excluded);
  }

  /** How many services each filter excluded (a service excluded by two counts under both). */
  public Map<Filter, Integer> excludedBy() {
    Map<Filter, Integer> counts = new EnumMap<>(Filter.class);
    excluded.forEach(e -> e.filters().forEach(f -> counts.merge(f, 1, Integer::sum)));
    return counts;
  }
}
