package jp.sukedachi.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.directory.application.ProviderInput;
import jp.sukedachi.directory.application.ProviderService;
import jp.sukedachi.directory.application.ProviderView;
import jp.sukedachi.platform.web.FacesErrors;

/** The provider's company form: name, 法人番号, address, contact. */
@Named
@ViewScoped
public class ProviderCompanyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProviderService providers;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private ProviderView saved;
  private String name;
  private String corporateNumber;
  private String address;
  private String contactEmail;

  @PostConstruct
  void load() {
    providers.mine(signedIn.get()).ifPresentOrElse(p -> {
      saved = p;
      name = p.name();
      corporateNumber = p.corporateNumber();
      address = p.address();
      contactEmail = p.contactEmail();
    }, () -> contactEmail = signedIn.get().email());
  }

  public void save() {
    ProviderInput input = new ProviderInput(name, corporateNumber, address, contactEmail);
    if (errors.attempt("provider", () -> saved = saved == null
        ? providers.register(signedIn.get(), input) : providers.describe(signedIn.get(), input))) {
      corporateNumber = saved.corporateNumber();
      errors.info("provider.saved");
    }
  }

  public ProviderView getSaved() { return saved; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getCorporateNumber() { return corporateNumber; }
  public void setCorporateNumber(String v) { corporateNumber = v; }
  public String getAddress() { return address; }
  public void setAddress(String v) { address = v; }
  public String getContactEmail() { return contactEmail; }
  public void setContactEmail(String v) { contactEmail = v; }
}
