package jp.sukedachi.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * Where the sign-up mail's link leads. Opening the link changes nothing (mail scanners open
 * links); the account is created only when the person presses the button, and then signs in.
 */
@Named
@RequestScoped
public class ConfirmPage {
  @Inject AccountService accounts;
  @Inject FacesErrors errors;

  private String token;

  /** The token of the link that opened the page; a postback sets it from the form's hidden field. */
  @PostConstruct
  void read() {
    token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
  }

  public String confirm() {
    boolean ok = errors.attempt("confirm", () -> accounts.confirm(token));
    return ok ? "/login?faces-redirect=true&confirmed=true" : null;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
