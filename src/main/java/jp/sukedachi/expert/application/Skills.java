package jp.sukedachi.expert.application;

import java.util.LinkedHashSet;
import java.util.Set;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.Measure;

/**
 * What an expert's skill codes mean: a catalogue area stands for every measure of that area an
 * expert can deliver, a measure code for that measure. A skill therefore says "can help with
 * these plan items".
 */
public final class Skills {
  private Skills() {}

  /** Whether a code is an area of the catalogue or a measure an expert can deliver. */
  public static boolean known(Catalogue catalogue, String code) {
    return isArea(catalogue, code) || catalogue.measure(code).filter(Skills::byExpert).isPresent();
  }

  /** The measures of the catalogue that these skills cover. */
  public static Set<String> measures(Catalogue catalogue, Set<String> skills) {
    Set<String> covered = new LinkedHashSet<>();
    for (Measure m : catalogue.measures()) {
      if (byExpert(m) && (skills.contains(m.area()) || skills.contains(m.code()))) {
        covered.add(m.code());
      }
    }
    return covered;
  }

  public static boolean byExpert(Measure m) {
    return m.deliverers().contains(Measure.Deliverer.EXPERT);
  }

  /** Whether an expert must come on site to deliver the measure. */
  public static boolean needsPresence(Measure m) {
    return m.capabilities().contains("ON_SITE_SUPPORT");
  }

  private static boolean isArea(Catalogue catalogue, String code) {
    return catalogue.measures().stream().anyMatch(m -> m.area().equals(code) && byExpert(m));
  }
}
