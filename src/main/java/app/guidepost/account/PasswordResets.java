package app.guidepost.account;

import app.guidepost.audit.AuditLog;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Password resets. Guidepost sends no mail: an admin issues a one-time token (valid for
 * {@value #VALID_HOURS} hours) and hands it to the person, who sets a new password with it.
 * Anyone may ask for a reset by name; the answer is the same whether the name exists or not,
 * and a real request is written to the audit log for the admins.
 */
@ApplicationScoped
public class PasswordResets {

  static final int VALID_HOURS = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A token issued by an admin, shown once. */
  public record Issued(String token, OffsetDateTime expiresAt) {}

  @Transactional
  public Issued issue(String actor, Username username) {
    Account account = accounts.find(username).orElseThrow(() -> new Accounts.AccountNotFoundException(username));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    OffsetDateTime now = OffsetDateTime.now(clock);
    accounts.withdrawResets(account, now);
    PasswordReset reset = new PasswordReset(account, Sha256.hex(token), now, now.plus(Duration.ofHours(VALID_HOURS)));
    entityManager.persist(reset);
    audit.record(actor, "password.reset-issued", "account:" + username, null);
    return new Issued(token, reset.expiresAt());
  }

  /** Someone asked for a reset by name: noted for the admins if the account exists; nothing else happens. */
  @Transactional
  public void requested(String typedName, String address) {
    Username.parse(typedName).flatMap(accounts::find).ifPresent(account ->
        audit.record("anonymous", "password.reset-requested", "account:" + account.username(), "from " + address));
  }

  /** Sets a new password with a token; every unusable token gets the same refusal. */
  @Transactional
  public void complete(String token, String password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    PasswordReset reset = entityManager.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
        .setParameter("hash", Sha256.hex(token == null ? "" : token))
        .getResultStream()
        .findFirst()
        .filter(r -> r.usableAt(now))
        .orElseThrow(() -> new InvalidInputException("Invalid reset token", "This reset token is unknown, used or expired; ask an admin for a new one."));
    Account account = reset.account();
    account.changePassword(passwords.hashNew(password, account.username()), now);
    reset.use(now);
    accounts.withdrawResets(account, now);
    audit.record(account.username().value(), "password.reset", "account:" + account.username(), null);
  }
}
