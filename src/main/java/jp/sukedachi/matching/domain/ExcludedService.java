package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.platform.Reason;

/** A published service not offered to the company, with each filter that excluded it and what would change it. */
public record ExcludedService(PublishedService service, Set<Filter> filters, List<Reason> reasons)
    implements Serializable {

  public ExcludedService {
    filters = Set.copyOf(filters);
    reasons = List.copyOf(reasons);
  }
}
