package app.guidepost.guide;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

  @Embedded
  private RevisionStamp stamp;

  protected GuideRevision() {}

  GuideRevision(StoredGuide guide, String part, int number, String body, String contentHash, RevisionStamp stamp) {
    this.guide = guide;
    this.part = part;
    this.number = number;
    this.body = body;
    this.contentHash = contentHash;
    this.stamp = stamp;
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

  /** Who saved it: an editor's user name, or {@value RevisionStamp#SYSTEM} for an import. */
  public String author() {
    return stamp.author();
  }

  public Optional<String> message() {
    return stamp.message();
  }

  public RevisionOrigin origin() {
    return stamp.origin();
  }

  public OffsetDateTime createdAt() {
    return stamp.createdAt();
  }
}
