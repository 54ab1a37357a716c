package jp.sukedachi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.sukedachi.account.domain.Account;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.ApiToken;
import jp.sukedachi.account.domain.LoginCheck;
import jp.sukedachi.account.domain.PasswordHasher;
import jp.sukedachi.account.domain.PasswordPolicy;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.account.domain.SignUpRequest;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.UnauthenticatedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up by confirmed e-mail, sign-in (web and REST) and bearer tokens. */
@ApplicationScoped
public class AccountService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sukedachi.token.hours", defaultValue = "8")
  int tokenHours;

  @Inject
  @ConfigProperty(name = "sukedachi.signup.confirm.hours", defaultValue = "24")
  int confirmHours;

  @Inject Throttles throttles;
  @Inject AccountMail mail;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = PasswordPolicy.standard();

  /**
   * Sign-up that tells nobody whether the address is registered: the answer is always "check
   * your mail". A new address gets a confirmation link and the account exists once it is used;
   * a registered one gets a mail saying someone tried to sign up with it. Both cost one password
   * hash and one queued mail.
   */
  @Transactional
  public void signUp(SignUp command, String client) {
    checkSignUp(command);
    throttles.beforeSignUp(client);
    String passwordHash = hasher.hash(command.password());
    String email = Account.normalise(command.email());
    boolean registered = findByEmail(email).isPresent();
    // The request is stored either way, so both answers cost the same writes. For a registered
    // address its token is never sent, and confirm() refuses a registered address anyway.
    String token = randomToken();
    Instant now = clock.instant();
    em.persist(new SignUpRequest(sha256(token), email, passwordHash, command.displayName(),
        Role.valueOf(command.role()), now, now.plus(Duration.ofHours(confirmHours))));
    if (!throttles.maySendSignUpMail(email, client)) {
      return;
    }
    if (registered) {
      mail.signUpWithRegisteredAddress(email);
    } else {
      mail.confirmSignUp(email, "/confirm.xhtml?token=" + token);
    }
  }

  /**
   * Uses a confirmation link: creates the account the request asked for and removes every request
   * for the address. A used, expired or unknown link, or an address registered meanwhile, is the
   * same field error on {@code token}; such a refusal changes nothing (the transaction is rolled
   * back), and requests left for a registered address can never create an account: they go when
   * they expire ({@link #removeExpiredSignUps}).
   */
  @Transactional
  public AccountPrincipal confirm(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw InvalidInputException.of("token", "account.confirmation.invalid");
    }
    Instant now = clock.instant();
    SignUpRequest request = em.createQuery("select r from SignUpRequest r where r.tokenHash = :h", SignUpRequest.class)
        .setParameter("h", sha256(token.strip()))
        .getResultStream().findFirst().filter(r -> r.isLiveAt(now))
        .orElseThrow(() -> InvalidInputException.of("token", "account.confirmation.invalid"));
    if (findByEmail(request.email()).isPresent()) {
      throw InvalidInputException.of("token", "account.confirmation.invalid");
    }
    Account account = request.toAccount();
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException raceOnSameEmail) {
      throw InvalidInputException.of("token", "account.confirmation.invalid");
    }
    removeRequests(request.email());
    return account.principal();
  }

  /** The password rules of sign-up (Bean Validation, then the policy), all field errors at once. */
  private void checkSignUp(SignUp command) {
    List<FieldError> errors = new ArrayList<>(inputs.errors(command));
    if (errors.stream().noneMatch(e -> e.field().equals("password"))) {
      policy.violations(command.password(), command.email(), command.displayName())
          .forEach(key -> errors.add(FieldError.of("password", key)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The message keys of the password rules this password breaks for this person; empty when none. */
  public List<String> passwordViolations(String password, String email, String displayName) {
    return policy.violations(password, email, displayName);
  }

  /**
   * Creates a confirmed account directly: the configured administrator and the demo accounts.
   * The password policy holds here too.
   */
  @Transactional
  public AccountPrincipal create(String email, String password, String displayName, Role role) {
    List<String> weak = policy.violations(password, email, displayName);
    if (!weak.isEmpty()) {
      throw new InvalidInputException(weak.stream().map(key -> FieldError.of("password", key)).toList());
    }
    if (findByEmail(email).isPresent()) {
      throw new ConflictException("error.email-taken");
    }
    Account account = new Account(email, hasher.hash(password), displayName, role);
    try {
      em.persist(account);
      em.flush();
    } catch (PersistenceException raceOnSameEmail) {
      throw new ConflictException("error.email-taken");
    }
    return account.principal();
  }

  /**
   * Sign-in. An unknown e-mail, a locked-out client and a wrong password give the same answer
   * after the same work: the rate-limit tokens are taken first (the same buckets whether or not
   * the e-mail is registered; over a limit: {@link TooManyAttempts}, before any hash), then the
   * password is hashed once ({@link LoginCheck}); nothing is written to the account either way.
   * A failure keeps its tokens, so it is counted in the buckets; a success gives them back.
   *
   * @param client the client's address (see {@code account.security.ClientAddress})
   */
  @Transactional(dontRollbackOn = UnauthenticatedException.class)
  public AccountPrincipal authenticate(String email, String password, String client) {
    Throttles.LoginAttempt attempt = throttles.beforeLogin(client, email);
    Optional<Account> found = plausibleEmail(email) ? findByEmail(email) : Optional.empty();
    if (!LoginCheck.passes(found, password == null ? "" : password, hasher)) {
      throw new UnauthenticatedException();
    }
    throttles.succeeded(attempt);
    return found.get().principal();
  }

  /** An address that could be stored: anything else is looked up nowhere and fails like an unknown one. */
  private static boolean plausibleEmail(String email) {
    return email != null && !email.isBlank() && email.length() <= 254
        && email.chars().noneMatch(Character::isISOControl);
  }

  private void removeRequests(String email) {
    em.createQuery("delete from SignUpRequest r where lower(r.email) = :e")
        .setParameter("e", Account.normalise(email)).executeUpdate();
  }

  /** Removes sign-up requests whose link has expired; returns how many. */
  @Transactional
  public int removeExpiredSignUps() {
    return em.createQuery("delete from SignUpRequest r where r.expiresAt <= :now")
        .setParameter("now", clock.instant()).executeUpdate();
  }

  private static String randomToken() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  @Transactional(dontRollbackOn = UnauthenticatedException.class)
  public IssuedToken issueToken(String email, String password, String client) {
    AccountPrincipal principal = authenticate(email, password, client);
    String token = randomToken();
    Instant expiresAt = clock.instant().plus(Duration.ofHours(tokenHours));
    em.persist(new ApiToken(em.find(Account.class, principal.id()), sha256(token), expiresAt));
    return new IssuedToken(token, expiresAt);
  }

  @Transactional
  public Optional<AccountPrincipal> findByToken(String token) {
    Instant now = clock.instant();
    return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", sha256(token))
        .getResultStream()
        .filter(t -> t.isValidAt(now))
        .map(t -> t.account().principal())
        .findFirst();
  }

  @Transactional
  public void revokeToken(String token) {
    em.createQuery("delete from ApiToken t where t.tokenHash = :h")
        .setParameter("h", sha256(token))
        .executeUpdate();
  }

  @Transactional
  public boolean anyAccountWithRole(Role role) {
    return !em.createQuery("select a.id from Account a where a.role = :r", Long.class)
        .setParameter("r", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** How many accounts hold each role; every role is present, with 0 when none does. */
  @Transactional
  public Map<Role, Long> countByRole() {
    Map<Role, Long> counts = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      counts.put(role, 0L);
    }
    em.createQuery("select a.role, count(a) from Account a group by a.role", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
    return counts;
  }

  private Optional<Account> findByEmail(String email) {
    return em.createQuery("select a from Account a where a.email = :e", Account.class)
        .setParameter("e", Account.normalise(email))
        .getResultStream()
        .findFirst();
  }

  /** The SHA-256 of a text as 64 hex digits: stored tokens and the e-mail part of bucket keys. */
  static String sha256(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
