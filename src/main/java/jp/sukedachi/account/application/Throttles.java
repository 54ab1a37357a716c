package jp.sukedachi.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.sukedachi.account.domain.Account;
import jp.sukedachi.account.domain.ClientNetwork;
import jp.sukedachi.account.domain.Limit;
import jp.sukedachi.account.infrastructure.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits of sign-in and sign-up, shared by all instances (see {@link RateLimiter}).
 * Clients are counted by network ({@link ClientNetwork}: an IPv6 client by its /64).
 *
 * <ul>
 *   <li>{@code sukedachi.ratelimit.login.client} (default {@code 30/PT1M}): sign-in attempts
 *       (token and login form together) per client, right or wrong.
 *   <li>{@code sukedachi.ratelimit.login.failures} (default {@code 5/PT15M}): wrong attempts per
 *       client and account, one given back every 3 minutes.
 *   <li>{@code sukedachi.ratelimit.login.account} (default {@code 10/PT15M}): wrong attempts
 *       per account from all clients together. Once it is empty, only clients that failed at
 *       this account in the last period ({@code login.failures}' period) are refused: a client
 *       that has not failed there is never kept out by the others' failures, so the owner gets
 *       in, while guessing spread over many networks gets one guess per network and period.
 *   <li>{@code sukedachi.ratelimit.signup.client} (default {@code 10/PT1H}): sign-ups per client.
 *   <li>{@code sukedachi.ratelimit.signup.mails} (default {@code 3/PT1H}): sign-up mails per
 *       address and client, so a stranger cannot use up the owner's.
 *   <li>{@code sukedachi.ratelimit.signup.mails.daily} (default {@code 10/P1D}): sign-up mails
 *       per address from all clients together, so nobody floods a mailbox from many networks.
 * </ul>
 * Every token of a sign-in is taken before the password is hashed, so parallel guesses cannot
 * pass a limit; a right password gives them back.
 */
@ApplicationScoped
public class Throttles {
  /** How many bucket rows one delete removes; repeated until a delete removes fewer. */
  static final int CLEAN_BATCH = 1000;
  /** How long one clean-up may go on deleting batches. */
  static final Duration CLEAN_TIME = Duration.ofSeconds(30);

  @Inject RateLimiter limiter;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.client", defaultValue = "30/PT1M")
  String loginPerClient;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.failures", defaultValue = "5/PT15M")
  String failuresPerClientAndAccount;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.account", defaultValue = "10/PT15M")
  String failuresPerAccount;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.login.account.fresh", defaultValue = "100/PT15M")
  String freshFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.signup.client", defaultValue = "10/PT1H")
  String signUpPerClient;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.signup.mails", defaultValue = "3/P1D")
  String signUpMailsPerAddressAndClient;

  @Inject
  @ConfigProperty(name = "sukedachi.ratelimit.signup.mails.daily", defaultValue = "10/P1D")
  String signUpMailsPerAddress;

  private Limit login;
  private Limit failures;
  private Limit failedHere;
  private Limit accountFailures;
  private Limit freshFailures;
  private Limit signUp;
  private Limit signUpMails;
  private Limit signUpMailsDaily;

  @PostConstruct
  void read() {
    login = Limit.parse("sukedachi.ratelimit.login.client", loginPerClient);
    failures = Limit.parse("sukedachi.ratelimit.login.failures", failuresPerClientAndAccount);
    // One token that comes back only after the whole period: "failed here lately".
    failedHere = new Limit(1, failures.period());
    accountFailures = Limit.parse("sukedachi.ratelimit.login.account", failuresPerAccount);
    freshFailures = Limit.parse("sukedachi.ratelimit.login.account.fresh", freshFailuresPerAccount);
    signUp = Limit.parse("sukedachi.ratelimit.signup.client", signUpPerClient);
    signUpMails = Limit.parse("sukedachi.ratelimit.signup.mails", signUpMailsPerAddressAndClient);
    signUpMailsDaily = Limit.parse("sukedachi.ratelimit.signup.mails.daily", signUpMailsPerAddress);
  }

  /**
   * The tokens a sign-in took before its password was hashed: kept when it fails, so they count
   * as failures, given back by {@link #succeeded} when it passes.
   */
  public record LoginAttempt(String failureKey, String failedHereKey, String accountKey) {}

  /**
   * Before a sign-in is tried, whatever the e-mail (registered or not, the same buckets and the
   * same work): takes the client's attempt, one of its failures at this account and, if there is
   * one, one of the account's failures. A client that failed at this account lately is refused
   * when the account's failures are used up; one that did not is let through.
   *
   * @throws TooManyAttempts over a limit, with how long to wait
   */
  public LoginAttempt beforeLogin(String client, String email) {
    String network = ClientNetwork.of(client);
    limiter.take("login:" + network, login).ifPresent(wait -> {
      throw new TooManyAttempts(wait);
    });
    String account = AccountService.sha256(Account.normalise(email == null ? "" : email));
    String failureKey = "login-failures:" + network + "|" + account;
    RateLimiter.Taking mine = limiter.tryTake(failureKey, failures);
    if (!mine.taken()) {
      throw new TooManyAttempts(mine.retryAfter());
    }
    String failedHereKey = "login-failed-here:" + network + "|" + account;
    boolean freshHere = false;
    try {
      freshHere = limiter.tryTake(failedHereKey, failedHere).taken();
      String accountKey = "login-account:" + account;
      RateLimiter.Taking all = limiter.tryTake(accountKey, accountFailures);
      if (all.taken()) {
        return new LoginAttempt(failureKey, freshHere ? failedHereKey : null, accountKey);
      }
      // The account's failures are used up: only a client that has not failed here lately may
      // try, and only so many of those (guessing from many networks stays bounded).
      String freshKey = "login-account-fresh:" + account;
      RateLimiter.Taking fresh = freshHere ? limiter.tryTake(freshKey, freshFailures) : all;
      if (!fresh.taken()) {
        throw new TooManyAttempts(fresh.retryAfter());
      }
      return new LoginAttempt(failureKey, failedHereKey, freshKey);
    } catch (RuntimeException refusedOrFailed) {
      limiter.giveBack(failureKey, failures);
      if (freshHere) {
        limiter.giveBack(failedHereKey, failedHere);
      }
      throw refusedOrFailed;
    }
  }

  /** After a right password: the attempt was no failure, so its failure tokens go back. */
  public void succeeded(LoginAttempt attempt) {
    limiter.giveBack(attempt.failureKey(), failures);
    if (attempt.failedHereKey() != null) {
      limiter.giveBack(attempt.failedHereKey(), failedHere);
    }
    if (attempt.accountKey() != null) {
      limiter.giveBack(attempt.accountKey(),
          attempt.accountKey().startsWith("login-account-fresh:") ? freshFailures : accountFailures);
    }
  }

  public void beforeSignUp(String client) {
    limiter.take("signup:" + ClientNetwork.of(client), signUp).ifPresent(wait -> {
      throw new TooManyAttempts(wait);
    });
  }

  /**
   * Whether one more sign-up mail may go to this address: at most {@code signup.mails} per
   * address and asking client, so a stranger cannot use up the owner's mails, and at most
   * {@code signup.mails.daily} per address from everyone, so nobody floods a mailbox from many
   * networks. Over a limit the mail is skipped and the answer stays the same.
   */
  public boolean maySendSignUpMail(String email, String client) {
    String address = AccountService.sha256(Account.normalise(email));
    String perClient = "signup-mail:" + address + "|" + ClientNetwork.of(client);
    if (limiter.take(perClient, signUpMails).isPresent()) {
      return false;
    }
    if (limiter.take("signup-mail-daily:" + address, signUpMailsDaily).isPresent()) {
      limiter.giveBack(perClient, signUpMails);
      return false;
    }
    return true;
  }

  /**
   * Deletes the rows of buckets that are full again, batch after batch until one comes back
   * smaller than the batch or {@link #CLEAN_TIME} has passed; returns how many.
   */
  public int removeExpired() {
    Instant stop = clock.instant().plus(CLEAN_TIME);
    int total = 0;
    int removed;
    do {
      removed = limiter.removeExpired(CLEAN_BATCH);
      total += removed;
    } while (removed >= CLEAN_BATCH && clock.instant().isBefore(stop));
    return total;
  }
}
