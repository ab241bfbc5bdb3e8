package app.guidepost.account;

import app.guidepost.audit.AuditLog;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates, finds and changes accounts; every change is written to the audit log in the same transaction. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Optional<Account> find(Username username) {
    return entityManager.createQuery("select a from Account a where a.username = :name", Account.class)
        .setParameter("name", username.value())
        .getResultStream()
        .findFirst();
  }

  public List<Account> all() {
    return entityManager.createQuery("select a from Account a order by a.username", Account.class).getResultList();
  }

  public boolean anyAdmin() {
    return entityManager.createQuery("select count(a) from Account a where a.roles = :admin", Long.class)
        .setParameter("admin", Role.ADMIN.code())
        .getSingleResult() > 0;
  }

  @Transactional
  public Account create(String actor, Username username, String displayName, String password, Role role, Set<Language> languages) {
    if (find(username).isPresent()) {
      throw new InvalidInputException("Username taken", "There is already an account '" + username + "'.");
    }
    if (username.mixesScripts()) {
      throw new InvalidInputException("Invalid username",
          "'" + username + "' mixes writing systems that look alike (such as Latin and Cyrillic) or holds a letter made to look like another; "
              + "write it in one writing system, with ordinary letters.");
    }
    List<String> taken = entityManager.createQuery("select a.username from Account a", String.class).getResultList();
    taken.stream().map(Username::new).filter(username::looksLike).findFirst().ifPresent(other -> {
      throw new InvalidInputException("Username taken", "'" + username + "' looks the same as the account '" + other + "'; choose another name.");
    });
    OffsetDateTime now = OffsetDateTime.now(clock);
    Account account = new Account(username, displayName(displayName, username), passwords.hashNew(password, username), role, languages, now);
    entityManager.persist(account);
    audit.record(actor, "account.create", "account:" + username, "role " + role.code() + languagesNote(languages));
    return account;
  }

  /**
   * Changes an account's name, role, languages and whether it is disabled.
   *
   * @throws app.guidepost.platform.InvalidInputException when admins would take away their own
   *     admin role or disable themselves: another admin can, so that one always remains
   */
  @Transactional
  public Account update(String actor, Username username, String displayName, Role role, Set<Language> languages, boolean disabled) {
    if (actor.equals(username.value()) && (role != Role.ADMIN || disabled)) {
      throw new app.guidepost.platform.InvalidInputException("Own admin role",
          "Admins cannot take away their own admin role or disable themselves; another admin can.");
    }
    Account account = find(username).orElseThrow(() -> new AccountNotFoundException(username));
    account.update(displayName(displayName, username), role, languages, disabled, OffsetDateTime.now(clock));
    audit.record(actor, "account.update", "account:" + username, "role " + role.code() + languagesNote(languages) + (disabled ? ", disabled" : ""));
    return account;
  }

  /** The stored hash, for checking a password the caller types again. */
  public String passwordHashOf(Account account) {
    return account.passwordHash();
  }

  @Transactional
  public Account changePassword(String actor, Account account, String password) {
    Account managed = entityManager.merge(account);
    OffsetDateTime now = OffsetDateTime.now(clock);
    managed.changePassword(passwords.hashNew(password, managed.username()), now);
    withdrawResets(managed, now);
    audit.record(actor, "account.password", "account:" + managed.username(), null);
    return managed;
  }

  /**
   * Ends every reset token of the account not used yet: a password set any other way, or a newer
   * token, makes them stale, and an old token left lying around must not undo the new password.
   */
  void withdrawResets(Account account, OffsetDateTime now) {
    entityManager.createQuery("update PasswordReset r set r.usedAt = :now where r.account = :account and r.usedAt is null")
        .setParameter("now", now)
        .setParameter("account", account)
        .executeUpdate();
  }

  private static String displayName(String given, Username username) {
    String name = given == null ? "" : given.strip();
    if (name.length() > 120 || app.guidepost.text.UnsafeCharacters.inLine(name)) {
      throw new InvalidInputException("Invalid display name", "A display name has at most 120 characters, without control characters.");
    }
    return name.isEmpty() ? username.value() : name;
  }

  private static String languagesNote(Set<Language> languages) {
    return languages.isEmpty() ? "" : ", languages " + languages.stream().sorted().map(Language::code).toList();
  }

  /** No account with this name. */
  public static final class AccountNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    AccountNotFoundException(Username username) {
      super(404, "Account not found", "There is no account '" + username + "'.");
    }
  }
}
