package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.guidance.domain.SecurityActionRequirement.Level;

/**
 * How close the company is to declaring IPA's SECURITY ACTION, by the requirements its catalogue
 * states for each level (★: the five principles, 情報セキュリティ5か条, in place; ★★: the 自社診断
 * taken and a basic policy decided and published). Lists what is missing for each.
 *
 * @param policyPublished whether the measures ★★ requires (the basic policy) are in place
 */
public record SecurityActionReadiness(boolean oneStar, boolean twoStars, List<Measure> missingForOneStar,
    boolean selfCheckTaken, boolean policyPublished, List<Measure> missingForTwoStars)
    implements Serializable {

  public SecurityActionReadiness {
    missingForOneStar = List.copyOf(missingForOneStar);
    missingForTwoStars = List.copyOf(missingForTwoStars);
  }

  public static SecurityActionReadiness of(Catalogue catalogue, Situation situation) {
    RiskModel model = new RiskModel(catalogue);
    boolean selfCheck = !situation.answers().isEmpty();
    SecurityActionRequirement one = catalogue.securityAction(Level.ONE_STAR);
    SecurityActionRequirement two = catalogue.securityAction(Level.TWO_STARS);
    List<Measure> missingOne = missing(catalogue, model, situation, one);
    List<Measure> missingTwo = missing(catalogue, model, situation, two);
    return new SecurityActionReadiness(met(one, missingOne, selfCheck), met(two, missingTwo, selfCheck),
        missingOne, selfCheck, missingTwo.isEmpty(), missingTwo);
  }

  private static boolean met(SecurityActionRequirement r, List<Measure> missing, boolean selfCheck) {
    return missing.isEmpty() && (selfCheck || !r.selfCheckRequired());
  }

  private static List<Measure> missing(Catalogue catalogue, RiskModel model, Situation situation,
      SecurityActionRequirement requirement) {
    List<Measure> missing = new ArrayList<>();
    for (String code : requirement.measures()) {
      catalogue.measure(code).filter(m -> model.inPlace(m, situation) < 1).ifPresent(missing::add);
    }
    return missing;
  }
}
