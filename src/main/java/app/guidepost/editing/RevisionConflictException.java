package app.guidepost.editing;

import app.guidepost.platform.ProblemException;

/**
 * A change refused because of the revision it was made on: its answer names the current
 * revision, so the editor can load it and merge.
 */
public abstract class RevisionConflictException extends ProblemException {
  private static final long serialVersionUID = 1L;

  private final int current;

  RevisionConflictException(int status, String title, String detail, int current) {
    super(status, title, detail);
    this.current = current;
  }

  /** The revision the translation is at now. */
  public int current() {
    return current;
  }

  /** Whether the answer also carries the current revision as its ETag, as a successful read would. */
  public abstract boolean tagsCurrent();
}
