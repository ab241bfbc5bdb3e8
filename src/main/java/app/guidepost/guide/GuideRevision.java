package app.guidepost.guide;

import app.guidepost.article.RevisionOrigin;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One saved state of a guide's shape or of its texts in one language. Immutable once written. */
@Entity
@Cacheable
@Table(name = "guide_revision")
public class GuideRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "guide_id", nullable = false, updatable = false)
  private StoredGuide guide;

  /** A language code, or {@value StoredGuide#SHAPE} for the shape. */
  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private String part;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, updatable = false, length = 16)
  private RevisionOrigin origin;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "author", updatable = false, length = 80)
  private String author;

  @Column(name = "message", updatable = false, length = 500)
  private String message;

  protected GuideRevision() {}

  GuideRevision(StoredGuide guide, String part, int number, String body, String contentHash, RevisionOrigin origin, OffsetDateTime createdAt) {
    this(guide, part, number, body, contentHash, origin, createdAt, Optional.empty(), Optional.empty());
  }

  GuideRevision(StoredGuide guide, String part, int number, String body, String contentHash, RevisionOrigin origin, OffsetDateTime createdAt,
      Optional<String> author, Optional<String> message) {
    this.author = author.orElse(null);
    this.message = message.map(app.guidepost.text.UnsafeCharacters::replacedInLine).map(String::strip).filter(m -> !m.isEmpty())
        .map(m -> m.length() <= 500 ? m : m.substring(0, 500)).orElse(null);
    this.guide = guide;
    this.part = part;
    this.number = number;
    this.body = body;
    this.contentHash = contentHash;
    this.origin = origin;
    this.createdAt = createdAt;
  }

  public String part() {
    return part;
  }

  public int number() {
    return number;
  }

  public String body() {
    return body;
  }

  /** Who saved it in the editor; empty for imported revisions. */
  public Optional<String> author() {
    return Optional.ofNullable(author);
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
