package jp.sukedachi.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who signs in. After {@value #MAX_FAILED_LOGINS} wrong passwords in a row, from
 * whichever clients, the account refuses every password for {@link #LOCK} (2 minutes): a brake on
 * guessing spread over many addresses that cannot keep the owner out for long. Guessing from one
 * client is slowed earlier by the per-client and per-(client, account) rate limits.
 */
@Entity
@Table(name = "account")
public class Account {
  static final int MAX_FAILED_LOGINS = 10;
  static final Duration LOCK = Duration.ofMinutes(2);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Role role;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Account() {}

  public Account(String email, String passwordHash, String displayName, Role role) {
    this.email = normalise(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName.strip();
    this.role = role;
    this.createdAt = Instant.now();
  }

  /** An account whose password was hashed earlier (a confirmed sign-up request). */
  static Account withHash(String email, String passwordHash, String displayName, Role role) {
    return new Account(email, passwordHash, displayName, role);
  }

  public static String normalise(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public void recordFailedLogin(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK);
      failedLogins = 0;
    }
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public AccountPrincipal principal() {
    return new AccountPrincipal(id, email, displayName, role);
  }

  public Long id() {
    return id;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }
}
