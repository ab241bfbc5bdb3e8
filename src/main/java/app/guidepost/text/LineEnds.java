package app.guidepost.text;

/**
 * One form of line end for every stored text: files written on Windows, forms sent by browsers
 * (CRLF) and old Mac files (CR) all become LF before anything is checked, hashed or compared, so
 * that the same text is never two revisions.
 */
public final class LineEnds {

  private LineEnds() {}

  /** {@code text} with CRLF and lone CR turned into LF. */
  public static String lf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
