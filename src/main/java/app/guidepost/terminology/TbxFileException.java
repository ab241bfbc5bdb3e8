package app.guidepost.terminology;

/** A TBX file that cannot be read at all (not well-formed, a DOCTYPE, too large), at its line. */
public final class TbxFileException extends Exception {

  private final int line;

  public TbxFileException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
