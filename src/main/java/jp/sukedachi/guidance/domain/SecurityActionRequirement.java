package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.List;

/**
 * What IPA's SECURITY ACTION self-declaration needs at one level, as the catalogue states it:
 * the measures that must be in place and whether the 自社診断 must have been taken.
 *
 * @param measures codes of the catalogue measures required at this level
 */
public record SecurityActionRequirement(Level level, boolean selfCheckRequired, List<String> measures)
    implements Serializable {

  /** ★ (一つ星) and ★★ (二つ星). */
  public enum Level { ONE_STAR, TWO_STARS }

  public SecurityActionRequirement {
    measures = List.copyOf(measures);
  }
}
