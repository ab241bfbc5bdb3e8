package app.guidepost.article;

import java.util.Optional;

/** Who saves a revision, why, and in which workflow state. */
public record Edit(String author, Optional<String> message, WorkflowState state, RevisionOrigin origin) {

  public static final int MAX_MESSAGE = 500;

  public Edit {
    // A note shown in the history: invisible and control characters become spaces.
    message = message.map(app.guidepost.text.UnsafeCharacters::replacedInLine).map(String::strip).filter(m -> !m.isEmpty())
        .map(m -> m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE));
  }

  /** A file of the content folder, published as it is. */
  public static Edit imported() {
    return new Edit("system", Optional.of("Imported from the content folder"), WorkflowState.PUBLISHED, RevisionOrigin.IMPORT);
  }
}
