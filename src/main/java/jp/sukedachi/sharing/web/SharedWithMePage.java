package jp.sukedachi.sharing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.platform.web.FacesErrors;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;

/** For an expert or provider: the companies that share data with it, and what they share. */
@Named
@ViewScoped
public class SharedWithMePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SharedCompanyService shared;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private List<SharedCompanyService.Sharer> sharers = List.of();
  private SharedCompany selected;

  @PostConstruct
  void load() {
    sharers = shared.sharedWithMe(signedIn.get());
  }

  public void open(long companyId) {
    errors.attempt("sharers", () -> selected = shared.read(signedIn.get(), companyId));
  }

  public List<SharedCompanyService.Sharer> getSharers() { return sharers; }
  public SharedCompany getSelected() { return selected; }
}
