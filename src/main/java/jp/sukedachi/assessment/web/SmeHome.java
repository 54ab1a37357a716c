package jp.sukedachi.assessment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.application.AssetService;
import jp.sukedachi.assessment.application.CompanyService;
import jp.sukedachi.assessment.application.CompanyView;
import jp.sukedachi.assessment.application.SelfCheckService;
import jp.sukedachi.assessment.application.SelfCheckView;

/** The SME's home: where it stands in the journey (profile, assets, self-check) and what to do next. */
@Named
@ViewScoped
public class SmeHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CompanyService companies;
  @Inject AssetService assets;
  @Inject SelfCheckService selfChecks;
  @Inject SignedIn signedIn;

  private CompanyView company;
  private int itAssetGroups;
  private int informationAssets;
  private SelfCheckView latest;

  @PostConstruct
  void load() {
    company = companies.mine(signedIn.get()).orElse(null);
    if (company != null) {
      itAssetGroups = assets.itAssets(signedIn.get(), company.id()).size();
      informationAssets = assets.informationAssets(signedIn.get(), company.id()).size();
      List<SelfCheckView> history = selfChecks.history(signedIn.get(), company.id());
      latest = history.isEmpty() ? null : history.get(0);
    }
  }

  public CompanyView getCompany() { return company; }
  public int getItAssetGroups() { return itAssetGroups; }
  public int getInformationAssets() { return informationAssets; }
  public SelfCheckView getLatest() { return latest; }
}
