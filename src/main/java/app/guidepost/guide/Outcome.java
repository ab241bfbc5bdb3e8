package app.guidepost.guide;

import java.util.Locale;
import java.util.Optional;

/** How a guide ends at a step: solved, escalated to a tier, handed to support, or continued in another guide. */
public record Outcome(Kind kind, Optional<Integer> tier, Optional<String> guide) {

  /** The kinds of endings. */
  public enum Kind {
    RESOLVED,
    ESCALATE,
    CONTACT_SUPPORT,
    CONTINUE;

    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> fromCode(String code) {
      for (Kind kind : values()) {
        if (kind.code().equals(code)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }
}
