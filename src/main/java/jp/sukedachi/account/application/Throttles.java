package jp.sukedachi.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import jp.sukedachi.account.domain.Limit;
import jp.sukedachi.account.infrastructure.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of sign-in and sign-up, shared by all instances (see {@link RateLimiter}).
 *
 * <ul>
 *   <li>{@code sukedachi.ratelimit.login.client} (default {@code 30/PT1M}): sign-in attempts
 *       (token and login form together) per client address, right or wrong.
 *   <li>{@code sukedachi.ratelimit.login.failures} (default {@code 5/PT15M}): wrong attempts per
 *       client address and account, one given back every 3 minutes. A guesser is slowed at
 *       that account; the owner, from another address, is not.
 *   <li>{@code sukedachi.ratelimit.signup.client} (default {@code 10/PT1H}): sign-ups per client
 *       address.
 *   <li>{@code sukedachi.ratelimit.signup.mails} (default {@code 3/PT1H}): sign-up mails per
 *       address, whoever asks.
 * </ul>
 * The account's own short lock (see {@code Account}) stops guessing spread over many addresses.
 */
@ApplicationScoped
public class Throttles {
  @Inject RateLimiter limiter;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.client", defaultValue = "30/PT1M")
  String loginPerClient;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.failures", defaultValue = "5/PT15M")
  String failuresPerClientAndAccount;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.signup.client", defaultValue = "10/PT1H")
  String signUpPerClient;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.signup.mails", defaultValue = "3/PT1H")
  String signUpMailsPerAddress;

  private Limit login;
  private Limit failures;
  private Limit signUp;
  private Limit signUpMails;

  @PostConstruct
  void read() {
    login = Limit.parse("sukedachi.ratelimit.login.client", loginPerClient);
    failures = Limit.parse("sukedachi.ratelimit.login.failures", failuresPerClientAndAccount);
    signUp = Limit.parse("sukedachi.ratelimit.signup.client", signUpPerClient);
    signUpMails = Limit.parse("sukedachi.ratelimit.signup.mails", signUpMailsPerAddress);
  }

  /** Before a sign-in is tried: the client's attempts, and its failures at this account. */
  public void beforeLogin(String client, String email) {
    limiter.take("login:" + client, login).ifPresent(wait -> {
      throw new TooManyAttempts(wait);
    });
    limiter.peek(failureKey(client, email), failures).ifPresent(wait -> {
      throw new TooManyAttempts(wait);
    });
  }

  /** After a wrong sign-in (unknown e-mail, locked account or wrong password alike). */
  public void failedLogin(String client, String email) {
    limiter.take(failureKey(client, email), failures);
  }

  public void beforeSignUp(String client) {
    limiter.take("signup:" + client, signUp).ifPresent(wait -> {
      throw new TooManyAttempts(wait);
    });
  }

  /**
   * Whether one more sign-up mail may go to this address: a stranger signing up with someone
   * else's address from many clients cannot flood that mailbox. Over the limit the mail is
   * skipped and the answer stays the same.
   */
  public boolean maySendSignUpMail(String email) {
    return limiter.take("signup-mail:" + sha256(email), signUpMails).isEmpty();
  }

  /** Deletes the rows of buckets that are full again. */
  public int removeExpired() {
    return limiter.removeExpired(1000);
  }

  /** The e-mail only as a hash, so the table holds no address. */
  private static String failureKey(String client, String email) {
    return "login-failures:" + client + "|" + sha256(email);
  }

  private static String sha256(String email) {
    String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
