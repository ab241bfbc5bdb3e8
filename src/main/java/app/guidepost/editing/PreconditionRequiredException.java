package app.guidepost.editing;

/** A change to an existing translation that does not say which revision it is based on. */
public class PreconditionRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int current;

  PreconditionRequiredException(int current) {
    super("Say which revision this change is based on: send If-Match: \"" + current + "\" (the ETag of the translation you loaded).");
    this.current = current;
  }

  public int current() {
    return current;
  }
}
