package jp.sukedachi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.application.TooManyAttempts;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.security.ClientAddress;
import jp.sukedachi.account.security.WebSession;
import jp.sukedachi.platform.UnauthenticatedException;
import jp.sukedachi.platform.web.FacesErrors;

/** The login screen, and logout. */
@Named
@RequestScoped
public class LoginPage {
  @Inject AccountService accounts;
  @Inject FacesErrors errors;
  @Inject ClientAddress clients;

  private String email;
  private String password;

  public String login() {
    try {
      AccountPrincipal principal = accounts.authenticate(email, password, client());
      signIn(principal);
      return landing(principal);
    } catch (UnauthenticatedException e) {
      errors.show("login", e);
      return null;
    } catch (TooManyAttempts e) {
      tooMany(e);
      errors.show("login", e);
      return null;
    }
  }

  private String client() {
    return clients.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /** The page says why; the response also says 429 with Retry-After, as the API does. */
  static void tooMany(TooManyAttempts e) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseStatus(429);
    external.setResponseHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }

  /** Starts a web session for the principal under a fresh session id (no session fixation). */
  static void signIn(AccountPrincipal principal) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    WebSession.start((HttpServletRequest) external.getRequest(), principal);
  }

  /** Where each role starts after signing in. */
  static String landing(AccountPrincipal principal) {
    return switch (principal.role()) {
      case SME -> "/sme/home?faces-redirect=true";
      case ADMIN -> "/admin/home?faces-redirect=true";
      case PROVIDER -> "/provider/home?faces-redirect=true";
      case EXPERT -> "/account/home?faces-redirect=true";
    };
  }

  public String logout() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "/index?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
