package app.guidepost.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What an account may do. Each role includes the ones below it. */
public enum Role {
  /** Reads internal (agent) content, uses guidance and analytics. */
  AGENT,
  /** Also writes and translates content, possibly only in some languages. */
  EDITOR,
  /** Also manages accounts and reads the audit log. */
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The role and every role it includes. */
  public Set<Role> withIncluded() {
    return EnumSet.range(AGENT, this);
  }
}
