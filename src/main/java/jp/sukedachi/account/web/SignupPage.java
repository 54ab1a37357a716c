package jp.sukedachi.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.application.SignUp;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.platform.web.FacesErrors;

/** The sign-up screen: creates the account and signs the person in. */
@Named
@RequestScoped
public class SignupPage {
  @Inject AccountService accounts;
  @Inject FacesErrors errors;

  private String email;
  private String password;
  private String displayName;
  private String role = Role.SME.name();

  public String signUp() {
    AccountPrincipal[] created = new AccountPrincipal[1];
    boolean ok = errors.attempt("signup",
        () -> created[0] = accounts.signUp(new SignUp(email, password, displayName, role)));
    if (!ok) {
      return null;
    }
    LoginPage.signIn(created[0]);
    return created[0].is(Role.SME) ? "/sme/company?faces-redirect=true" : LoginPage.landing(created[0]);
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
