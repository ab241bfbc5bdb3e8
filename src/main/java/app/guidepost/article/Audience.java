package app.guidepost.article;

import java.util.Locale;
import java.util.Optional;

/** Who may read an article. Agent articles are internal and never reach anonymous readers. */
public enum Audience {
  PUBLIC,
  AGENT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Audience> fromCode(String code) {
    for (Audience audience : values()) {
      if (audience.code().equals(code)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }

  /** The stricter of two audiences: an article is internal if any of its translations is. */
  public Audience strictest(Audience other) {
    return this == AGENT || other == AGENT ? AGENT : PUBLIC;
  }
}
