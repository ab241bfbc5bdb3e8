package app.guidepost.article;

import java.util.Optional;

/** Who saves a revision, why, and in which workflow state. */
public record Edit(String author, Optional<String> message, WorkflowState state, RevisionOrigin origin) {

  public Edit {
    message = RevisionStamp.cleanMessage(message);
  }

  /** A file of the content folder, published as it is. */
  public static Edit imported() {
    return new Edit(RevisionStamp.SYSTEM, Optional.of(RevisionStamp.IMPORTED), WorkflowState.PUBLISHED, RevisionOrigin.IMPORT);
  }

  /** The stamp of the revision this edit saves at {@code at}. */
  RevisionStamp stamp(java.time.OffsetDateTime at) {
    return new RevisionStamp(origin, at, author, message);
  }
}
