package jp.sukedachi.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.directory.application.ProviderService;
import jp.sukedachi.directory.application.ProviderView;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.directory.application.ServiceSummary;

/** The provider's home: its company, and its services with their status. */
@Named
@RequestScoped
public class ProviderHome {
  @Inject ProviderService providers;
  @Inject ServiceListings listings;
  @Inject SignedIn signedIn;

  private ProviderView provider;
  private List<ServiceSummary> services = List.of();

  @PostConstruct
  void load() {
    provider = providers.mine(signedIn.get()).orElse(null);
    if (provider != null) {
      services = listings.mine(signedIn.get());
    }
  }

  public ProviderView getProvider() {
    return provider;
  }

  public List<ServiceSummary> getServices() {
    return services;
  }
}
