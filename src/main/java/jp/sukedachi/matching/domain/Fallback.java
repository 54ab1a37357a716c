package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.List;
import jp.sukedachi.platform.Reason;

/**
 * What is offered for the SME's items that need someone on site when no available expert in its
 * prefecture covers them.
 *
 * @param kind {@link Kind#REGION}: on-site experts from elsewhere in the SME's region;
 *     {@link Kind#REMOTE}: remote experts who guide the SME through those items;
 *     {@link Kind#NONE}: nothing is offered
 * @param reasons one sentence naming the items and what is offered (empty when no on-site item
 *     was missing)
 * @param matches ranked as the matches are, each with a reason saying it is a fallback
 */
public record Fallback(Kind kind, List<Reason> reasons, List<ExpertMatch> matches) implements Serializable {
  public enum Kind { NONE, REGION, REMOTE }

  public Fallback {
    if (kind == null) {
      throw new IllegalArgumentException("A fallback has a kind");
    }
    reasons = List.copyOf(reasons);
    matches = List.copyOf(matches);
  }

  /** Nothing was missing, so nothing is offered instead. */
  public static Fallback none() {
    return new Fallback(Kind.NONE, List.of(), List.of());
  }
}
