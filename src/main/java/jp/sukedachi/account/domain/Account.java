package jp.sukedachi.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who signs in. Wrong passwords are not recorded here but counted in the rate limits
 * ({@code account.application.Throttles}), atomically and the same for a registered and an
 * unknown e-mail; the columns {@code failed_logins} and {@code locked_until} are no longer used.
 */
@Entity
@Table(name = "account")
public class Account {
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
