package jp.sukedachi.guidance.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How close the company is to declaring IPA's SECURITY ACTION: ★ needs the five principles
 * (情報セキュリティ5か条) in place; ★★ needs the 自社診断 taken and a basic policy decided and
 * published. Lists what is missing for each.
 */
public record SecurityActionReadiness(boolean oneStar, boolean twoStars, List<Measure> missingForOneStar,
    boolean selfCheckTaken, boolean policyPublished) implements Serializable {

  static final List<String> FIVE_PRINCIPLES = List.of("FIVE-01", "FIVE-02", "FIVE-03", "FIVE-04", "FIVE-05");
  static final String BASIC_POLICY = "POLICY-01";

  public SecurityActionReadiness {
    missingForOneStar = List.copyOf(missingForOneStar);
  }

  public static SecurityActionReadiness of(Catalogue catalogue, Situation situation) {
    RiskModel model = new RiskModel(catalogue);
    List<Measure> missing = new ArrayList<>();
    for (String code : FIVE_PRINCIPLES) {
      catalogue.measure(code).filter(m -> model.inPlace(m, situation) < 1).ifPresent(missing::add);
    }
    boolean selfCheck = !situation.answers().isEmpty();
    boolean policy = situation.doneMeasures().contains(BASIC_POLICY);
    return new SecurityActionReadiness(missing.isEmpty(), selfCheck && policy, missing, selfCheck, policy);
  }
}
