package jp.sukedachi.sharing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.CompanyAccess;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.CompanyFacts;
import jp.sukedachi.assessment.facts.CompanyFactsQuery;
import jp.sukedachi.guidance.application.PlanService;
import jp.sukedachi.platform.NotFoundException;

/** Reading a company through a consent grant, and the owner's preview of a grant. */
@ApplicationScoped
public class SharedCompanyService {
  @Inject AccessPolicy access;
  @Inject CompanyFactsQuery facts;
  @Inject PlanService plans;

  /**
   * A recipient's (or operator's) read: only what its live grants cover; the read is logged. A
   * grant that ended meanwhile is "not found" without dooming the caller's transaction.
   */
  @Transactional(dontRollbackOn = NotFoundException.class)
  public SharedCompany read(AccountPrincipal reader, long companyId) {
    return compose(access.shared(reader, companyId));
  }

  /**
   * For a thread or an engagement the reader is part of: the company's data while a grant to the
   * reader is live (a logged read), null when none is.
   */
  @Transactional(dontRollbackOn = NotFoundException.class)
  public SharedCompany readIfShared(AccountPrincipal reader, long companyId) {
    boolean live = access.sharedWith(reader).stream().anyMatch(c -> c.companyId() == companyId);
    if (!live) {
      return null;
    }
    try {
      return read(reader, companyId);
    } catch (NotFoundException endedMeanwhile) {
      return null;
    }
  }

  /** Exactly what the recipient of one of the owner's grants sees; not logged. */
  @Transactional
  public SharedCompany preview(AccountPrincipal owner, long companyId, long grantId) {
    return compose(access.preview(owner, companyId, grantId));
  }

  /**
   * For the owner choosing what to share: exactly what a recipient of these parts would see
   * (only those parts are read and composed); not logged.
   */
  @Transactional
  public SharedCompany preview(AccountPrincipal owner, long companyId, Set<DataPart> parts) {
    access.change(owner, companyId);
    return compose(new CompanyAccess(companyId, parts, false));
  }

  /** A company that shares something with the caller: its name only if the profile is shared. */
  public record Sharer(long companyId, String name, List<DataPart> parts) implements java.io.Serializable {}

  /** The companies that share something with the caller now. */
  @Transactional
  public List<Sharer> sharedWithMe(AccountPrincipal reader) {
    return access.sharedWith(reader).stream()
        .map(a -> new Sharer(a.companyId(),
            a.may(DataPart.PROFILE) ? facts.of(a.companyId()).map(CompanyFacts::name).orElse(null) : null,
            a.parts().stream().sorted().toList()))
        .toList();
  }

  private SharedCompany compose(CompanyAccess granted) {
    CompanyFacts f = facts.of(granted.companyId())
        .orElseThrow(() -> new NotFoundException("error.company-not-found"));
    var profile = granted.may(DataPart.PROFILE)
        ? new SharedCompany.Profile(f.name(), f.industryCode(), f.prefectureCode(), f.employees(),
            f.sites(), f.sme(), f.smallEnterprise(), f.soleProprietor())
        : null;
    var assets = granted.may(DataPart.ASSET_COUNTS)
        ? new SharedCompany.Assets(f.assetCounts(), f.internetFacingGroups(), f.unsupportedGroups())
        : null;
    var register = granted.may(DataPart.INFORMATION_ASSETS) ? f.informationAssets() : null;
    var selfCheck = granted.may(DataPart.SELF_CHECK) ? f.latestSelfCheck() : null;
    var plan = granted.may(DataPart.PLAN) ? plans.sharedPlan(granted) : null;
    return new SharedCompany(f.companyId(), granted.parts().stream().sorted().toList(), profile,
        assets, register, selfCheck, plan);
  }
}
