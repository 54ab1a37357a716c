package jp.sukedachi.account.domain;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in user as both channels see it; kept in the HTTP session, so it is Serializable. */
public record AccountPrincipal(long id, String email, String displayName, Role role)
    implements Principal, Serializable {

  @Override
  public String getName() {
    return email;
  }

  public boolean is(Role r) {
    return role == r;
  }
}
