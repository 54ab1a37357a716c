package jp.sukedachi.account.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.sukedachi.account.application.SignUp;
import jp.sukedachi.account.domain.Role;

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

  /** The answer to every sign-up: check your mail. */
  public record SignUpAccepted(String status, String detail) {}

  /** The token of a sign-up confirmation link. */
  public record Confirmation(String token) {}

  /** Credentials for a token. */
  public record Credentials(String email, String password) {}

  /** A bearer token and when it stops working. */
  public record TokenResponse(String token, Instant expiresAt) {}

  /** An account as its owner sees it. */
  public record AccountResponse(long id, String email, String displayName, String role) {}

  /** Accounts in total and by role name, every role listed. */
  public record AccountStatistics(long total, Map<String, Long> byRole) {
    static AccountStatistics of(Map<Role, Long> counts) {
      Map<String, Long> byRole = new LinkedHashMap<>();
      counts.forEach((role, n) -> byRole.put(role.name(), n));
      return new AccountStatistics(counts.values().stream().mapToLong(Long::longValue).sum(), byRole);
    }
  }
}
