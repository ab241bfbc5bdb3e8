package app.guidepost.files;

import app.guidepost.platform.ProblemException;
import java.util.Map;
import java.util.Optional;

/**
 * A change to a file refused because of the version it was made on; the answer carries the
 * file's version now (its ETag) when there is one, so that the editor can look and decide.
 */
public final class FileConflictException extends ProblemException {
  private static final long serialVersionUID = 1L;

  private final Optional<String> current;

  private FileConflictException(int status, String title, String detail, Optional<String> current) {
    super(status, title, detail);
    this.current = current;
  }

  static FileConflictException taken(FileName name, String current) {
    return new FileConflictException(409, "File exists", "The article already has a file named " + name
        + ". Choose another name, or replace that file.", Optional.of(current));
  }

  static FileConflictException versionRequired(FileName name, String current) {
    return new FileConflictException(428, "Precondition required", "The article already has a file named " + name
        + ": send If-Match with its ETag to replace it, so that a file someone else replaced is not overwritten unseen.", Optional.of(current));
  }

  static FileConflictException replacedSince(FileName name, String current) {
    return new FileConflictException(409, "Edit conflict", "The file " + name
        + " was replaced since you loaded it. Look at the file there now before you replace or remove it.", Optional.of(current));
  }

  static FileConflictException removedSince(FileName name) {
    return new FileConflictException(409, "Edit conflict", "The file " + name + " was removed since you loaded it.", Optional.empty());
  }

  /** The file's version now, as an ETag. */
  public Optional<String> currentTag() {
    return current.map(sha -> "\"" + sha + "\"");
  }

  @Override
  public Map<String, String> headers() {
    return currentTag().map(tag -> Map.of("ETag", tag)).orElse(Map.of());
  }
}
