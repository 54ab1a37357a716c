package jp.sukedachi.guidance.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.CompanyFacts;
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

  /** What the risk model reads from the company's published facts and its own progress. */
  public static Situation from(CompanyFacts facts, Set<String> doneMeasures) {
    Map<Threat.ImpactAxis, Integer> ratings = new EnumMap<>(Threat.ImpactAxis.class);
    facts.highestRating(CompanyFacts.Axis.CONFIDENTIALITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.C, r));
    facts.highestRating(CompanyFacts.Axis.INTEGRITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.I, r));
    facts.highestRating(CompanyFacts.Axis.AVAILABILITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.A, r));
    return new Situation(facts.employees(), facts.sites(), facts.sme(), facts.smallEnterprise(),
        facts.assetCounts(), facts.unsupportedGroups(), facts.internetFacingGroups(), ratings,
        facts.personalInfo(), facts.latestAnswers(), doneMeasures);
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
