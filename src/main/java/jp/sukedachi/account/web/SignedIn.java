package jp.sukedachi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;

/**
 * The web user of this request. The principal lives in the HTTP session (replicable across
 * instances), never in a static map.
 */
@Named
@RequestScoped
public class SignedIn {
  static final String ATTRIBUTE = "sukedachi.principal";

  public static Optional<AccountPrincipal> of(HttpSession session) {
    return Optional.ofNullable(session == null ? null : (AccountPrincipal) session.getAttribute(ATTRIBUTE));
  }

  public Optional<AccountPrincipal> principal() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return of(request.getSession(false));
  }

  /** For pages behind {@link PageAccessFilter}, which guarantees a principal. */
  public AccountPrincipal get() {
    return principal().orElseThrow(() -> new IllegalStateException("Page needs a signed-in user"));
  }

  public boolean isLoggedIn() {
    return principal().isPresent();
  }

  public boolean isSme() {
    return principal().map(p -> p.is(Role.SME)).orElse(false);
  }

  public String getDisplayName() {
    return principal().map(AccountPrincipal::displayName).orElse("");
  }

  public String getRole() {
    return principal().map(p -> p.role().name()).orElse("");
  }
}
