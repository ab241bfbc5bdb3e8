package app.guidepost.editing;

/** A change to an existing translation that does not say which revision it is based on. */
public class PreconditionRequiredException extends RevisionConflictException {
  private static final long serialVersionUID = 1L;

  PreconditionRequiredException(int current) {
    super(428, "If-Match required",
        "Say which revision this change is based on: send If-Match: \"" + current + "\" (the ETag of the translation you loaded).", current);
  }

  @Override
  public boolean tagsCurrent() {
    return false;
  }
}
