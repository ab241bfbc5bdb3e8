package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One saved state of a translation. Immutable: every column is insert-only, and there is no
 * way to change a revision once written.
 */
@Entity
@Cacheable
@Table(
    name = "revision",
    uniqueConstraints = @UniqueConstraint(columnNames = {"translation_id", "number"}))
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "translation_id", nullable = false, updatable = false)
  private Translation translation;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "title", nullable = false, updatable = false, length = 300)
  private String title;

  @Column(name = "summary", updatable = false, length = 500)
  private String summary;

  @Column(name = "category", updatable = false, length = Slug.MAX_LENGTH)
  private String category;

  @Column(name = "tags", updatable = false, length = 2000)
  private String tags;

  @Column(name = "audience", nullable = false, updatable = false, length = 16)
  private Audience audience;

  @Column(name = "translation_of", updatable = false, length = 8)
  private Language translationOf;

  @Column(name = "source_revision", updatable = false)
  private Integer sourceRevision;

  @Column(name = "source_url", updatable = false, length = 2000)
  private String sourceUrl;

  @Column(name = "source_title", updatable = false, length = 300)
  private String sourceTitle;

  @Column(name = "source_author", updatable = false, length = 300)
  private String sourceAuthor;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Embedded
  private RevisionStamp stamp;

  /** The state the revision was saved in; publishing it later does not change this. */
  @Column(name = "state", nullable = false, updatable = false, length = 16)
  private WorkflowState state;

  protected Revision() {}

  Revision(
      Translation translation,
      int number,
      TranslationContent content,
      String contentHash,
      Edit edit,
      OffsetDateTime createdAt) {
    this.translation = translation;
    this.number = number;
    this.title = content.title();
    this.summary = content.summary().orElse(null);
    this.category = content.category().map(Slug::value).orElse(null);
    this.tags = String.join(",", content.tags());
    this.audience = content.audience();
    this.translationOf = content.translationOf().orElse(null);
    this.sourceRevision = content.sourceRevision().orElse(null);
    this.sourceUrl = content.sourceUrl().map(URI::toString).orElse(null);
    this.sourceTitle = content.sourceTitle().orElse(null);
    this.sourceAuthor = content.sourceAuthor().orElse(null);
    this.body = content.body();
    this.contentHash = contentHash;
    this.stamp = edit.stamp(createdAt);
    this.state = edit.state();
  }

  public String author() {
    return stamp.author();
  }

  public Optional<String> message() {
    return stamp.message();
  }

  public WorkflowState savedAs() {
    return state;
  }

  public int number() {
    return number;
  }

  public TranslationContent content() {
    return new TranslationContent(
        title,
        Optional.ofNullable(summary),
        Optional.ofNullable(category).map(Slug::new),
        tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
        audience,
        Optional.ofNullable(translationOf),
        Optional.ofNullable(sourceRevision),
        Optional.ofNullable(sourceUrl).map(URI::create),
        Optional.ofNullable(sourceTitle),
        Optional.ofNullable(sourceAuthor),
        body);
  }

  public String contentHash() {
    return contentHash;
  }

  public RevisionOrigin origin() {
    return stamp.origin();
  }

  public OffsetDateTime createdAt() {
    return stamp.createdAt();
  }
}
