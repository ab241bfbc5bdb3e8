package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An article in one language: its current text and the history of revisions behind it. */
@Entity
@Table(
    name = "translation",
    uniqueConstraints = @UniqueConstraint(columnNames = {"article_id", "lang"}))
public class Translation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private Article article;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "summary", length = 500)
  private String summary;

  @Column(name = "category", length = Slug.MAX_LENGTH)
  private String category;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "translation_tag", joinColumns = @JoinColumn(name = "translation_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag", nullable = false, length = 64)
  private List<String> tags = new ArrayList<>();

  @Column(name = "audience", nullable = false, length = 16)
  private Audience audience;

  @Column(name = "translation_of", length = 8)
  private Language translationOf;

  @Column(name = "source_revision")
  private Integer sourceRevision;

  @Column(name = "source_url", length = 2000)
  private String sourceUrl;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "translation", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<Revision> revisions = new ArrayList<>();

  protected Translation() {}

  Translation(
      Article article,
      Language language,
      TranslationContent content,
      RevisionOrigin origin,
      OffsetDateTime at) {
    this.article = article;
    this.language = language;
    apply(content, origin, at);
  }

  /**
   * Records {@code content} as the next revision, unless it is exactly the current text: an
   * unchanged file or a save without changes writes nothing.
   *
   * @return the new revision, or empty when nothing changed
   */
  public Optional<Revision> revise(TranslationContent content, RevisionOrigin origin, OffsetDateTime at) {
    if (content.fingerprint().equals(contentHash)) {
      return Optional.empty();
    }
    return Optional.of(apply(content, origin, at));
  }

  private Revision apply(TranslationContent content, RevisionOrigin origin, OffsetDateTime at) {
    content.translationOf().ifPresent(source -> {
      if (source == language) {
        throw new IllegalArgumentException("A translation cannot be a translation of its own language");
      }
    });
    title = content.title();
    summary = content.summary().orElse(null);
    category = content.category().map(Slug::value).orElse(null);
    tags = new ArrayList<>(content.tags());
    audience = content.audience();
    translationOf = content.translationOf().orElse(null);
    sourceRevision = content.sourceRevision().orElse(null);
    sourceUrl = content.sourceUrl().map(URI::toString).orElse(null);
    body = content.body();
    contentHash = content.fingerprint();
    currentRevision++;
    updatedAt = at;
    Revision revision = new Revision(this, currentRevision, content, contentHash, origin, at);
    revisions.add(revision);
    return revision;
  }

  /**
   * A translation made from a source revision older than the source's current one. Unknown
   * (empty) for a source text, or when the source language has no translation any more.
   */
  public Optional<Boolean> isOutdated() {
    if (translationOf == null) {
      return Optional.empty();
    }
    return article
        .translation(translationOf)
        .map(source -> sourceRevision == null || sourceRevision < source.currentRevision());
  }

  public Article article() {
    return article;
  }

  public Language language() {
    return language;
  }

  public String title() {
    return title;
  }

  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  public Optional<Slug> category() {
    return Optional.ofNullable(category).map(Slug::new);
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public Audience audience() {
    return audience;
  }

  public Optional<Language> translationOf() {
    return Optional.ofNullable(translationOf);
  }

  public Optional<Integer> sourceRevision() {
    return Optional.ofNullable(sourceRevision);
  }

  public Optional<URI> sourceUrl() {
    return Optional.ofNullable(sourceUrl).map(URI::create);
  }

  public String body() {
    return body;
  }

  public int currentRevision() {
    return currentRevision;
  }

  public String contentHash() {
    return contentHash;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<Revision> revisions() {
    return List.copyOf(revisions);
  }
}
