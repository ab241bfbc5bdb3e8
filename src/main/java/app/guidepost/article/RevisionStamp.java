package app.guidepost.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Who saved a revision, when, how and why: the same four facts on an article's revisions and a
 * guide's, stored in the same columns under the same rules. An import is saved by
 * {@value #SYSTEM}; a person's message is one line, without invisible or control characters, of
 * at most {@value #MAX_MESSAGE} characters.
 */
@Embeddable
public class RevisionStamp {

  /** The author of what the server saves on its own (imports). */
  public static final String SYSTEM = "system";
  /** An author is an account's user name, which has at most this many characters. */
  public static final int MAX_AUTHOR = 64;
  public static final int MAX_MESSAGE = 500;
  static final String IMPORTED = "Imported from the content folder";

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, updatable = false, length = 16)
  private RevisionOrigin origin;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "author", nullable = false, updatable = false, length = MAX_AUTHOR)
  private String author;

  @Column(name = "message", updatable = false, length = MAX_MESSAGE)
  private String message;

  protected RevisionStamp() {}

  public RevisionStamp(RevisionOrigin origin, OffsetDateTime createdAt, String author, Optional<String> message) {
    this.origin = origin;
    this.createdAt = createdAt;
    this.author = author;
    this.message = cleanMessage(message).orElse(null);
  }

  /** A file of the content folder, stored by the server at {@code at}. */
  public static RevisionStamp imported(OffsetDateTime at) {
    return new RevisionStamp(RevisionOrigin.IMPORT, at, SYSTEM, Optional.of(IMPORTED));
  }

  /**
   * A message as the history shows it: on one line, invisible and control characters as spaces,
   * blank as none, cut at {@value #MAX_MESSAGE} characters.
   */
  public static Optional<String> cleanMessage(Optional<String> message) {
    return message.map(app.guidepost.text.UnsafeCharacters::replacedInLine).map(String::strip).filter(m -> !m.isEmpty())
        .map(m -> m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE));
  }

  public RevisionOrigin origin() {
    return origin;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String author() {
    return author;
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }
}
