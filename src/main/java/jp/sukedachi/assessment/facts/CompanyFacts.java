package jp.sukedachi.assessment.facts;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything other capabilities may know about a company, as one immutable query result: its
 * profile and size class, its IT asset groups, its information-asset register and its latest
 * 自社診断. Who may see it is decided by {@code assessment.access.AccessPolicy} before it is read.
 *
 * @param latestSelfCheck null when no self-check has been taken
 * @param signals how the company works, as it declared it (AI use, card payments...)
 */
public record CompanyFacts(long companyId, String name, boolean soleProprietor, String industryCode,
    String prefectureCode, int employees, int sites, boolean sme, boolean smallEnterprise,
    long monthlyBudgetYen, long oneOffBudgetYen, List<AssetGroup> assets,
    List<InformationAssetFact> informationAssets, SelfCheckFact latestSelfCheck,
    Set<BusinessSignal> signals) implements Serializable {

  /** The property of information an asset's rating is about. */
  public enum Axis { CONFIDENTIALITY, INTEGRITY, AVAILABILITY }

  /**
   * A group of IT assets of one type, as the SME listed it.
   *
   * @param hosted run by a service provider (an EC platform, webmail, SaaS, a social-media
   *     account): an account to protect, not a system the company runs and patches itself
   */
  public record AssetGroup(String type, int count, boolean internetFacing, boolean vendorSupported,
      boolean hosted) implements Serializable {
    public AssetGroup(String type, int count, boolean internetFacing, boolean vendorSupported) {
      this(type, count, internetFacing, vendorSupported, false);
    }
  }

  /** One row of the 情報資産管理台帳, with its C, I, A ratings (1–3) and importance. */
  public record InformationAssetFact(String name, String businessArea, String storageMedia,
      PersonalInfo personalInfo, int confidentiality, int integrity, int availability,
      int importance) implements Serializable {

    public int rating(Axis axis) {
      return switch (axis) {
        case CONFIDENTIALITY -> confidentiality;
        case INTEGRITY -> integrity;
        case AVAILABILITY -> availability;
      };
    }
  }

  /** The latest 自社診断: when, its score and IPA band, and every answer by item. */
  public record SelfCheckFact(Instant takenAt, int score, String band, Map<Integer, Answer> answers)
      implements Serializable {
    public SelfCheckFact {
      answers = Map.copyOf(answers);
    }
  }

  public CompanyFacts {
    assets = List.copyOf(assets);
    informationAssets = List.copyOf(informationAssets);
    signals = signals.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(signals));
  }

  public CompanyFacts(long companyId, String name, boolean soleProprietor, String industryCode,
      String prefectureCode, int employees, int sites, boolean sme, boolean smallEnterprise,
      long monthlyBudgetYen, long oneOffBudgetYen, List<AssetGroup> assets,
      List<InformationAssetFact> informationAssets, SelfCheckFact latestSelfCheck) {
    this(companyId, name, soleProprietor, industryCode, prefectureCode, employees, sites, sme,
        smallEnterprise, monthlyBudgetYen, oneOffBudgetYen, assets, informationAssets, latestSelfCheck,
        Set.of());
  }

  /** Who signs for the company: 代表者 for a sole proprietor, else by its legal form. */
  public Signatory signatory() {
    return Signatory.of(soleProprietor, name);
  }

  public Optional<SelfCheckFact> selfCheck() {
    return Optional.ofNullable(latestSelfCheck);
  }

  /** The latest answers by item; empty when no self-check was taken. */
  public Map<Integer, Answer> latestAnswers() {
    return latestSelfCheck == null ? Map.of() : latestSelfCheck.answers();
  }

  /** Items per asset type code, hosted or not. */
  public Map<String, Integer> assetCounts() {
    return counts(a -> true);
  }

  /** Items per asset type code that the company runs itself (not hosted by a provider). */
  public Map<String, Integer> selfRunCounts() {
    return counts(a -> !a.hosted());
  }

  /** Items per asset type code that a provider runs for the company (accounts to protect). */
  public Map<String, Integer> hostedCounts() {
    return counts(AssetGroup::hosted);
  }

  private Map<String, Integer> counts(java.util.function.Predicate<AssetGroup> which) {
    Map<String, Integer> counts = new HashMap<>();
    assets.stream().filter(which).forEach(a -> counts.merge(a.type(), a.count(), Integer::sum));
    return Map.copyOf(counts);
  }

  /** Asset groups whose vendor no longer ships updates. */
  public int unsupportedGroups() {
    return (int) assets.stream().filter(a -> !a.vendorSupported()).count();
  }

  /** Devices (items) whose vendor no longer ships updates. */
  public int unsupportedDevices() {
    return assets.stream().filter(a -> !a.vendorSupported()).mapToInt(AssetGroup::count).sum();
  }

  /** Asset groups the company runs itself that are reachable from the internet. */
  public int internetFacingGroups() {
    return (int) assets.stream().filter(a -> a.internetFacing() && !a.hosted()).count();
  }

  /** The highest rating on an axis over the register; empty when nothing is registered. */
  public Optional<Integer> highestRating(Axis axis) {
    return informationAssets.stream().map(a -> a.rating(axis)).max(Integer::compare);
  }

  /** The kinds of personal information held anywhere in the register. */
  public Set<PersonalInfo> personalInfo() {
    Set<PersonalInfo> kinds = EnumSet.noneOf(PersonalInfo.class);
    informationAssets.forEach(a -> kinds.add(a.personalInfo()));
    return kinds;
  }
}
