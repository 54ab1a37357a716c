package jp.sukedachi.account.rest;

import java.time.Instant;
import jp.sukedachi.account.application.SignUp;

/** Request and response bodies of the account endpoints. */
final class AccountRequests {
  private AccountRequests() {}

  /** Sign-up: role is SME, EXPERT or PROVIDER. */
  public record SignUpRequest(String email, String password, String displayName, String role) {
    static SignUp toCommand(SignUpRequest r) {
      return r == null ? new SignUp(null, null, null, null)
          : new SignUp(r.email, r.password, r.displayName, r.role);
    }
  }

  /** Credentials for a token. */
  public record Credentials(String email, String password) {}

  /** A bearer token and when it stops working. */
  public record TokenResponse(String token, Instant expiresAt) {}

  /** An account as its owner sees it. */
  public record AccountResponse(long id, String email, String displayName, String role) {}
}
