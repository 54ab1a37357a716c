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

/** A person who signs in. Locks itself for a while after repeated wrong passwords. */
@Entity
@Table(name = "account")
public class Account {
  static final int MAX_FAILED_LOGINS = 5;
  static final Duration LOCK = Duration.ofMinutes(15);

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
