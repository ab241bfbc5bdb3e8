package app.guidepost.account;

import app.guidepost.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Someone who signs in: their name, password hash, roles and, for an editor, their languages. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "roles", nullable = false, length = 64)
  private String roles;

  @Column(name = "languages", length = 64)
  private String languages;

  /** 1 when the account may no longer sign in; an integer to compare alike on H2 and PostgreSQL. */
  @Column(name = "disabled", nullable = false)
  private int disabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(Username username, String displayName, String passwordHash, Role role, Set<Language> languages, OffsetDateTime at) {
    this.username = username.value();
    this.passwordHash = passwordHash;
    this.createdAt = at;
    update(displayName, role, languages, false, at);
  }

  /** Changes what the account may do; {@code languages} empty means every language. */
  public void update(String displayName, Role role, Set<Language> languages, boolean disabled, OffsetDateTime at) {
    this.displayName = displayName;
    this.roles = role.code();
    this.languages = languages.isEmpty() ? null : languages.stream().sorted().map(Language::code).collect(Collectors.joining(","));
    this.disabled = disabled ? 1 : 0;
    this.updatedAt = at;
  }

  public void changePassword(String passwordHash, OffsetDateTime at) {
    this.passwordHash = passwordHash;
    this.updatedAt = at;
  }

  public Username username() {
    return new Username(username);
  }

  public String displayName() {
    return displayName;
  }

  /** Changes whenever the password is set, and tells nothing of it: what a session is bound to. */
  String sessionStamp() {
    return app.guidepost.platform.Sha256.hex("session:" + passwordHash);
  }

  String passwordHash() {
    return passwordHash;
  }

  /** The account's own role (the highest it was given). */
  public Role role() {
    return Role.fromCode(roles).orElse(Role.AGENT);
  }

  /** The role names the container checks: the account's role and every role it includes. */
  public Set<String> groups() {
    return role().withIncluded().stream().map(Role::code).collect(Collectors.toUnmodifiableSet());
  }

  /** The languages an editor may write in; empty for all. */
  public Set<Language> languages() {
    if (languages == null || languages.isBlank()) {
      return Set.of();
    }
    Set<Language> set = EnumSet.noneOf(Language.class);
    Arrays.stream(languages.split(",")).map(Language::require).forEach(set::add);
    return set;
  }

  public boolean mayEdit(Language language) {
    return role().withIncluded().contains(Role.EDITOR) && (languages().isEmpty() || languages().contains(language));
  }

  public boolean isDisabled() {
    return disabled == 1;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
