package app.guidepost.editing;

/** A save based on a revision older than the current one: someone else saved first. */
public class StaleRevisionException extends RevisionConflictException {
  private static final long serialVersionUID = 1L;

  StaleRevisionException(int basedOn, int current) {
    super(409, "Edit conflict", "This save is based on revision " + basedOn + ", but revision " + current
        + " was saved since. Load revision " + current + ", merge your changes into it and save again.", current);
  }

  @Override
  public boolean tagsCurrent() {
    return true;
  }
}
