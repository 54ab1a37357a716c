package jp.sukedachi.account.domain;

/** What an account is for. ADMIN comes only from configuration, never from sign-up. */
public enum Role {
  SME,
  EXPERT,
  PROVIDER,
  ADMIN;

  public boolean canSignUp() {
    return this != ADMIN;
  }
}
