package jp.sukedachi.account.rest;

import java.time.Instant;

/** Request and response bodies of the account endpoints. */
final class AccountRequests {
  private AccountRequests() {}

  /** Credentials for a token. */
  public record Credentials(String email, String password) {}

  /** A bearer token and when it stops working. */
  public record TokenResponse(String token, Instant expiresAt) {}

  /** An account as its owner sees it. */
  public record AccountResponse(long id, String email, String displayName, String role) {}
}
