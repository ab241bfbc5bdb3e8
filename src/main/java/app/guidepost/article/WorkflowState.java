package app.guidepost.article;

import java.util.Locale;
import java.util.Optional;

/** Where the newest revision of a translation stands: being written, waiting for review, or what readers see. */
public enum WorkflowState {
  DRAFT,
  REVIEW,
  PUBLISHED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WorkflowState> fromCode(String code) {
    for (WorkflowState state : values()) {
      if (state.code().equals(code)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
