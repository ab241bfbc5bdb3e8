package app.guidepost.content;

/**
 * Something wrong with one content file, located by its path relative to the content folder
 * and a 1-based line. Errors keep the file out of the database; warnings do not.
 */
public record ContentProblem(String path, int line, Severity severity, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public static ContentProblem error(String path, int line, String message) {
    return new ContentProblem(path, line, Severity.ERROR, message);
  }

  public static ContentProblem warning(String path, int line, String message) {
    return new ContentProblem(path, line, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The compiler-style form editors know: {@code articles/x/en.md:3: message}. */
  @Override
  public String toString() {
    return path + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
