package app.guidepost.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A one-time permission to set a new password, reached by a token of which only the hash is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected PasswordReset() {}

  PasswordReset(Account account, String tokenHash, OffsetDateTime at, OffsetDateTime expiresAt) {
    this.account = account;
    this.tokenHash = tokenHash;
    this.createdAt = at;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(OffsetDateTime now) {
    return usedAt == null && now.isBefore(expiresAt) && !account.isDisabled();
  }

  void use(OffsetDateTime at) {
    usedAt = at;
  }

  Account account() {
    return account;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }
}
