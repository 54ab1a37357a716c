package jp.sukedachi.sharing.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.guidance.application.PlanView;

/**
 * What a reader may see of a company: only the parts it was granted; the others are null.
 *
 * @param profile null unless PROFILE is shared
 * @param assets null unless ASSET_COUNTS is shared
 * @param informationAssets null unless INFORMATION_ASSETS is shared
 * @param selfCheck null unless SELF_CHECK is shared (or none was taken)
 * @param plan null unless PLAN is shared
 */
public record SharedCompany(long companyId, List<DataPart> parts, Profile profile, Assets assets,
    List<CompanyFacts.InformationAssetFact> informationAssets, CompanyFacts.SelfCheckFact selfCheck,
    PlanView plan) implements Serializable {

  public SharedCompany {
    parts = List.copyOf(parts);
    informationAssets = informationAssets == null ? null : List.copyOf(informationAssets);
  }

  /** The company profile without its budget. */
  public record Profile(String name, String industryCode, String prefectureCode, int employees,
      int sites, boolean sme, boolean smallEnterprise, boolean soleProprietor) implements Serializable {}

  /** How many devices and services of each type, how many groups are exposed or unsupported. */
  public record Assets(Map<String, Integer> counts, int internetFacingGroups, int unsupportedGroups)
      implements Serializable {
    public Assets {
      counts = Map.copyOf(counts);
    }
  }
}
