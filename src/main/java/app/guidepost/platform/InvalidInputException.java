package app.guidepost.platform;

import app.guidepost.text.UnsafeCharacters;

/**
 * Input that Guidepost refuses, with a title and a detail that can be shown to the client as
 * they are: they name the offending value but never echo more than a short excerpt of it.
 */
public class InvalidInputException extends ProblemException {
  private static final long serialVersionUID = 1L;
  private static final int EXCERPT_LENGTH = 40;

  public InvalidInputException(String title, String detail) {
    super(400, title, detail);
  }

  /** A short, printable excerpt of client input for error messages. */
  public static String excerpt(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .limit(EXCERPT_LENGTH)
        .forEach(
            cp ->
                out.appendCodePoint(
                    UnsafeCharacters.isUnsafe(cp) || cp == '\n' || cp == '\t' || Character.getType(cp) == Character.SURROGATE
                        ? '\uFFFD'
                        : cp));
    if (value.codePointCount(0, value.length()) > EXCERPT_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }
}
