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

/**
 * A sign-up waiting for its e-mailed link: what the account will be, with the password already
 * hashed and only the SHA-256 of the link's token. The account exists only once the link is used.
 */
@Entity
@Table(name = "signup_request")
public class SignUpRequest {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

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

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected SignUpRequest() {}

  public SignUpRequest(String tokenHash, String email, String passwordHash, String displayName, Role role,
      Instant now, Instant expiresAt) {
    if (!role.canSignUp()) {
      throw new IllegalArgumentException("No sign-up as " + role);
    }
    this.tokenHash = tokenHash;
    this.email = Account.normalise(email);
    this.passwordHash = passwordHash;
    this.displayName = displayName.strip();
    this.role = role;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isLiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /** The account this request asked for, with the password it chose. */
  public Account toAccount() {
    return Account.withHash(email, passwordHash, displayName, role);
  }

  public String email() {
    return email;
  }
}
