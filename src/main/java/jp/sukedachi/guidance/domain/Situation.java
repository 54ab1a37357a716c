package jp.sukedachi.guidance.domain;

import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * What the risk model knows of a company: size, IT assets, information assets, its latest
 * 自社診断 answers and the measures it has marked done.
 *
 * @param sme whether the company is an SME under 中小企業基本法 (subsidies need it)
 * @param assetCounts asset type code to the number of items of that type
 * @param highestRatings the highest C, I and A rating over its information assets (empty: none registered)
 * @param answers latest self-check answers by item (empty: not taken)
 */
public record Situation(int employees, int sites, boolean sme, boolean smallEnterprise,
    Map<String, Integer> assetCounts, int unsupportedGroups, int internetFacingGroups,
    Map<Threat.ImpactAxis, Integer> highestRatings, Set<PersonalInfo> personalInfo,
    Map<Integer, Answer> answers, Set<String> doneMeasures) {

  public Situation {
    assetCounts = Map.copyOf(assetCounts);
    highestRatings = Map.copyOf(highestRatings);
    personalInfo = Set.copyOf(personalInfo);
    answers = Map.copyOf(answers);
    doneMeasures = Set.copyOf(doneMeasures);
  }

  public int count(String assetType) {
    return assetCounts.getOrDefault(assetType, 0);
  }

  public boolean holdsPersonalData() {
    return personalInfo.stream().anyMatch(p -> p != PersonalInfo.NONE);
  }

  /** Whether a factor or condition named in the catalogue holds for this company. */
  public boolean has(String factor) {
    return switch (factor) {
      case "ANY" -> true;
      case "UNSUPPORTED" -> unsupportedGroups > 0;
      case "INTERNET_FACING" -> internetFacingGroups > 0;
      case "PERSONAL_DATA" -> holdsPersonalData();
      case "STAFF" -> employees >= 1;
      case "SITES" -> sites >= 2;
      default -> count(factor) > 0;
    };
  }
}
