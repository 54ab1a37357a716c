package jp.sukedachi.guidance.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.assessment.facts.PersonalInfo;

/**
 * What the risk model knows of a company: size, IT assets (those it runs itself apart from the
 * services a provider runs for it), information assets, how it works, its latest 自社診断 answers
 * and the measures it has marked done.
 *
 * @param sme whether the company is an SME under 中小企業基本法 (subsidies need it)
 * @param assetCounts asset type code to the number of items of that type the company runs itself
 * @param hostedCounts asset type code to the number of services of that type a provider runs for
 *     it (an EC platform shop, webmail, SaaS, a social-media account)
 * @param unsupportedDevices items whose vendor no longer ships updates
 * @param internetFacingGroups groups of self-run assets reachable from the internet
 * @param highestRatings the highest C, I and A rating over its information assets (empty: none registered)
 * @param signals how it works, as it declared it
 * @param answers latest self-check answers by item (empty: not taken)
 */
public record Situation(int employees, int sites, boolean sme, boolean smallEnterprise,
    Map<String, Integer> assetCounts, Map<String, Integer> hostedCounts, int unsupportedDevices,
    int internetFacingGroups, Map<Threat.ImpactAxis, Integer> highestRatings,
    Set<PersonalInfo> personalInfo, Set<BusinessSignal> signals, Map<Integer, Answer> answers,
    Set<String> doneMeasures) {

  public Situation {
    assetCounts = Map.copyOf(assetCounts);
    hostedCounts = Map.copyOf(hostedCounts);
    highestRatings = Map.copyOf(highestRatings);
    personalInfo = Set.copyOf(personalInfo);
    signals = Set.copyOf(signals);
    answers = Map.copyOf(answers);
    doneMeasures = Set.copyOf(doneMeasures);
  }

  /** A company with no hosted services and no declared signals. */
  public Situation(int employees, int sites, boolean sme, boolean smallEnterprise,
      Map<String, Integer> assetCounts, int unsupportedDevices, int internetFacingGroups,
      Map<Threat.ImpactAxis, Integer> highestRatings, Set<PersonalInfo> personalInfo,
      Map<Integer, Answer> answers, Set<String> doneMeasures) {
    this(employees, sites, sme, smallEnterprise, assetCounts, Map.of(), unsupportedDevices,
        internetFacingGroups, highestRatings, personalInfo, Set.of(), answers, doneMeasures);
  }

  /** What the risk model reads from the company's published facts and its own progress. */
  public static Situation from(CompanyFacts facts, Set<String> doneMeasures) {
    Map<Threat.ImpactAxis, Integer> ratings = new EnumMap<>(Threat.ImpactAxis.class);
    facts.highestRating(CompanyFacts.Axis.CONFIDENTIALITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.C, r));
    facts.highestRating(CompanyFacts.Axis.INTEGRITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.I, r));
    facts.highestRating(CompanyFacts.Axis.AVAILABILITY).ifPresent(r -> ratings.put(Threat.ImpactAxis.A, r));
    return new Situation(facts.employees(), facts.sites(), facts.sme(), facts.smallEnterprise(),
        facts.selfRunCounts(), facts.hostedCounts(), facts.unsupportedDevices(),
        facts.internetFacingGroups(), ratings, facts.personalInfo(), facts.signals(),
        facts.latestAnswers(), doneMeasures);
  }

  /** Items of a type the company runs itself. */
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
      case "UNSUPPORTED" -> unsupportedDevices > 0;
      case "INTERNET_FACING" -> internetFacingGroups > 0;
      case "PERSONAL_DATA" -> holdsPersonalData();
      case "SENSITIVE_DATA" -> personalInfo.contains(PersonalInfo.SENSITIVE);
      case "MY_NUMBER" -> personalInfo.contains(PersonalInfo.MY_NUMBER);
      case "REPORTABLE_DATA" -> has("SENSITIVE_DATA") || has("MY_NUMBER");
      case "STAFF" -> employees >= 1;
      case "SITES" -> sites >= 2;
      case "HOSTED_SERVICE" -> hostedCounts.values().stream().anyMatch(n -> n > 0);
      default -> count(factor) > 0 || BusinessSignal.named(factor).filter(signals::contains).isPresent();
    };
  }
}
