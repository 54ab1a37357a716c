package jp.sukedachi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.account.security.WebSession;

/** The web user of this request, as signed in to the session (see {@link WebSession}). */
@Named
@RequestScoped
public class SignedIn {

  public Optional<AccountPrincipal> principal() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return WebSession.principal(request);
  }

  /** For pages that web.xml keeps to signed-in users, where the container guarantees one. */
  public AccountPrincipal get() {
    return principal().orElseThrow(() -> new IllegalStateException("Page needs a signed-in user"));
  }

  public boolean isLoggedIn() {
    return principal().isPresent();
  }

  public boolean isSme() {
    return principal().map(p -> p.is(Role.SME)).orElse(false);
  }

  public boolean isAdmin() {
    return principal().map(p -> p.is(Role.ADMIN)).orElse(false);
  }

  public String getDisplayName() {
    return principal().map(AccountPrincipal::displayName).orElse("");
  }

  public String getRole() {
    return principal().map(p -> p.role().name()).orElse("");
  }
}
