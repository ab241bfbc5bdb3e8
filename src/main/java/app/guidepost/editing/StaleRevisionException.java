package app.guidepost.editing;

/** A save based on a revision older than the current one: someone else saved first. */
public class StaleRevisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int current;

  StaleRevisionException(int basedOn, int current) {
    super("This save is based on revision " + basedOn + ", but revision " + current
        + " was saved since. Load revision " + current + ", merge your changes into it and save again.");
    this.current = current;
  }

  public int current() {
    return current;
  }
}
