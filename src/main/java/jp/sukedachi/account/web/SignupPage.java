package jp.sukedachi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.application.SignUp;
import jp.sukedachi.account.application.TooManyAttempts;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.account.security.ClientAddress;
import jp.sukedachi.platform.DomainException;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * The sign-up screen. A valid form always ends in "check your mail", whether or not the address
 * is registered; the account exists once the e-mailed link is used ({@link ConfirmPage}).
 */
@Named
@RequestScoped
public class SignupPage {
  @Inject AccountService accounts;
  @Inject FacesErrors errors;
  @Inject ClientAddress clients;

  private String email;
  private String password;
  private String displayName;
  private String role = Role.SME.name();
  private boolean sent;

  public String signUp() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      accounts.signUp(new SignUp(email, password, displayName, role), clients.of(request));
      sent = true;
    } catch (TooManyAttempts e) {
      LoginPage.tooMany(e);
      errors.show("signup", e);
    } catch (DomainException e) {
      errors.show("signup", e);
    }
    password = null;
    return null;
  }

  /** True once the form was accepted: the page then says "check your mail". */
  public boolean isSent() {
    return sent;
  }

  public List<String> getRoles() {
    return List.of(Role.SME.name(), Role.EXPERT.name(), Role.PROVIDER.name());
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

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
