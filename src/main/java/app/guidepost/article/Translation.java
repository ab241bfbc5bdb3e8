package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
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

/**
 * An article in one language and the history of revisions behind it. Readers see the published
 * revision, whose fields this entity holds; editors work on the newest revision, which may be a
 * draft or wait for review. A translation never published is not shown to readers at all.
 */
@Entity
@Cacheable
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

  @Column(name = "source_title", length = 300)
  private String sourceTitle;

  @Column(name = "source_author", length = 300)
  private String sourceAuthor;

  @Column(name = "body", nullable = false)
  private String body;

  /** The newest revision: what editors work on. */
  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  /** The revision readers see; null until one is published. */
  @Column(name = "published_revision")
  private Integer publishedRevision;

  @Column(name = "state", nullable = false, length = 16)
  private WorkflowState state;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "translation", cascade = {CascadeType.PERSIST, CascadeType.REFRESH})
  @OrderBy("number ASC")
  private List<Revision> revisions = new ArrayList<>();

  protected Translation() {}

  Translation(Article article, Language language, TranslationContent content, Edit edit, OffsetDateTime at) {
    this.article = article;
    this.language = language;
    save(content, edit, at);
  }

  /**
   * Records a file of the content folder: a new published revision when the file changed since
   * it was last imported, nothing when it did not. What editors saved meanwhile stays the newest
   * unless the file itself changed.
   *
   * @return the new revision, or empty when the file is unchanged
   */
  public Optional<Revision> revise(TranslationContent content, RevisionOrigin origin, OffsetDateTime at) {
    String fingerprint = content.fingerprint();
    Optional<String> lastImported = revisions.stream().filter(r -> r.origin() == RevisionOrigin.IMPORT).reduce((a, b) -> b).map(Revision::contentHash);
    if (lastImported.map(fingerprint::equals).orElse(fingerprint.equals(contentHash))) {
      return Optional.empty();
    }
    return Optional.of(save(content, Edit.imported(), at));
  }

  /**
   * Saves {@code content} as the next revision in the edit's state; a published save is what
   * readers see from now on. Saving the newest text again in the same state writes nothing.
   *
   * @return the new revision, or empty when nothing changed
   */
  public Optional<Revision> edit(TranslationContent content, Edit edit, OffsetDateTime at) {
    if (content.fingerprint().equals(contentHash) && edit.state() == state) {
      return Optional.empty();
    }
    return Optional.of(save(content, edit, at));
  }

  /**
   * Moves the newest revision to another workflow state without changing its text: to review,
   * back to draft, or published (readers see it from now on).
   */
  public void moveTo(WorkflowState next, OffsetDateTime at) {
    state = next;
    updatedAt = at;
    if (next == WorkflowState.PUBLISHED) {
      Revision newest = revisions.get(revisions.size() - 1);
      show(newest.content(), newest.number());
    }
  }

  /** The translation's source text changed in a way that needs no new translation (a typo): it now matches {@code sourceRevision}. */
  public void confirmUpToDateWith(int newSourceRevision, OffsetDateTime at) {
    sourceRevision = newSourceRevision;
    updatedAt = at;
  }

  private Revision save(TranslationContent content, Edit edit, OffsetDateTime at) {
    content.translationOf().ifPresent(source -> {
      if (source == language) {
        throw new IllegalArgumentException("A translation cannot be a translation of its own language");
      }
    });
    contentHash = content.fingerprint();
    currentRevision++;
    state = edit.state();
    updatedAt = at;
    Revision revision = new Revision(this, currentRevision, content, contentHash, edit, at);
    revisions.add(revision);
    if (edit.state() == WorkflowState.PUBLISHED || publishedRevision == null) {
      show(content, edit.state() == WorkflowState.PUBLISHED ? currentRevision : null);
    }
    return revision;
  }

  /** Holds {@code content} as the text readers get; {@code number} is its revision, null while none is published. */
  private void show(TranslationContent content, Integer number) {
    publishedRevision = number;
    title = content.title();
    summary = content.summary().orElse(null);
    category = content.category().map(Slug::value).orElse(null);
    tags = new ArrayList<>(content.tags());
    audience = content.audience();
    translationOf = content.translationOf().orElse(null);
    sourceRevision = content.sourceRevision().orElse(null);
    sourceUrl = content.sourceUrl().map(URI::toString).orElse(null);
    sourceTitle = content.sourceTitle().orElse(null);
    sourceAuthor = content.sourceAuthor().orElse(null);
    body = content.body();
  }

  /**
   * A translation made from a source revision older than the source's current one. Unknown
   * (empty) for a source text, or when the source language has no translation any more.
   */
  public Optional<Boolean> isOutdated() {
    if (translationOf == null) {
      return Optional.empty();
    }
    return SourceRevisions.isOutdated(sourceRevision(), article.translation(translationOf).flatMap(Translation::publishedRevision));
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

  /** The title of the published original this text was made from. */
  public Optional<String> sourceTitle() {
    return Optional.ofNullable(sourceTitle);
  }

  /** Who wrote or published that original. */
  public Optional<String> sourceAuthor() {
    return Optional.ofNullable(sourceAuthor);
  }

  public String body() {
    return body;
  }

  /** The newest revision's number. */
  public int currentRevision() {
    return currentRevision;
  }

  /** The number of the revision readers see, once one is published. */
  public Optional<Integer> publishedRevision() {
    return Optional.ofNullable(publishedRevision);
  }

  /** Whether readers see a revision of it: one is published, and the article is not retired. */
  public boolean isPublished() {
    return publishedRevision != null && !article.isRetired();
  }

  public WorkflowState state() {
    return state;
  }

  /** The text readers see, as content. */
  public TranslationContent newestPublished() {
    return revision(publishedRevision).orElseThrow().content();
  }

  /** The newest revision, what editors work on. */
  public Revision newest() {
    return revisions.get(revisions.size() - 1);
  }

  public Optional<Revision> revision(int number) {
    return revisions.stream().filter(r -> r.number() == number).findFirst();
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
