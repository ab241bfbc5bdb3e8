package app.guidepost.article;

import java.time.OffsetDateTime;
import java.util.Optional;

/** When an article was taken out of the help center, by whom, and why if they said. */
public record Retirement(OffsetDateTime at, String by, Optional<String> because) {
  public static final int MAX_REASON = 500;
}
