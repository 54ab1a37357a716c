package jp.sukedachi.account.security;

import java.util.Optional;

/** Reads the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {
  private static final String PREFIX = "Bearer ";
  private static final int MAX_LENGTH = 200;

  private BearerToken() {}

  /** The token, or empty when the header is missing, of another scheme, blank or absurdly long. */
  public static Optional<String> of(String authorization) {
    if (authorization == null || !authorization.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String token = authorization.substring(PREFIX.length()).strip();
    return token.isEmpty() || token.length() > MAX_LENGTH ? Optional.empty() : Optional.of(token);
  }
}
