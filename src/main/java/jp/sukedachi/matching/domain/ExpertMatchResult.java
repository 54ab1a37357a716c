package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * The ranked experts for an SME, best first; when there are none, why; and what is offered for
 * the items that need someone on site which nobody in the SME's prefecture can do.
 *
 * @param whyNone empty when there are matches
 * @param fallback never null; {@link Fallback#none()} when nothing is missing
 */
public record ExpertMatchResult(List<ExpertMatch> matches, List<Reason> whyNone, Fallback fallback)
    implements Serializable {
  public ExpertMatchResult {
    matches = List.copyOf(matches);
    whyNone = List.copyOf(whyNone);
    if (fallback == null) {
      throw new IllegalArgumentException("A result has a fallback, if only none");
    }
  }
}
