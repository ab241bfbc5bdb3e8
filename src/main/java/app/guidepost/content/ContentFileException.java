package app.guidepost.content;

/** A content file that cannot be imported, with the 1-based line where the problem is. */
public final class ContentFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  public ContentFileException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
