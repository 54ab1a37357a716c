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
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import jp.sukedachi.account.domain.Account;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.ApiToken;
import jp.sukedachi.account.domain.PasswordHasher;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.Inputs;
import jp.sukedachi.platform.UnauthenticatedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up, sign-in (web and REST) and bearer tokens. */
@ApplicationScoped
public class AccountService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Inputs inputs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "sukedachi.token.hours", defaultValue = "8")
  int tokenHours;

  private final PasswordHasher hasher = new PasswordHasher();

  @Transactional
  public AccountPrincipal signUp(SignUp command) {
    inputs.check(command);
    return create(command.email(), command.password(), command.displayName(), Role.valueOf(command.role()));
  }

  /** Also used for the configured administrator and the demo accounts. */
  @Transactional
  public AccountPrincipal create(String email, String password, String displayName, Role role) {
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

  /** Wrong e-mail, wrong password and a locked account all give the same answer. */
  @Transactional(dontRollbackOn = UnauthenticatedException.class)
  public AccountPrincipal authenticate(String email, String password) {
    if (email == null || password == null) {
      throw new UnauthenticatedException();
    }
    Instant now = clock.instant();
    Optional<Account> found = findByEmail(email);
    if (found.isEmpty()) {
      hasher.matches(password, PasswordHasher.DECOY);
      throw new UnauthenticatedException();
    }
    Account account = found.get();
    if (account.isLocked(now) || !hasher.matches(password, account.passwordHash())) {
      if (!account.isLocked(now)) {
        account.recordFailedLogin(now);
      }
      throw new UnauthenticatedException();
    }
    account.recordSuccessfulLogin();
    return account.principal();
  }

  @Transactional(dontRollbackOn = UnauthenticatedException.class)
  public IssuedToken issueToken(String email, String password) {
    AccountPrincipal principal = authenticate(email, password);
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
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

  private static String sha256(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
