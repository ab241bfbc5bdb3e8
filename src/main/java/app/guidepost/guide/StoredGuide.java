package app.guidepost.guide;

import app.guidepost.article.Audience;
import app.guidepost.article.RevisionStamp;
import app.guidepost.article.SourceRevisions;
import app.guidepost.i18n.Language;
import app.guidepost.platform.Sha256;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guide as stored: its shape ({@code guide.yaml}) and its texts per language, each with an
 * immutable revision history. The stored YAML is what was validated when it was saved; the
 * catalog parses and validates it again when it publishes the guide.
 */
@Entity
@Cacheable
@Table(name = "guide")
public class StoredGuide {

  /** The {@code lang} of a revision of the shape rather than of a text. */
  static final String SHAPE = "shape";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "slug", nullable = false, updatable = false, length = 120)
  private String slug;

  @Column(name = "audience", nullable = false, length = 16)
  private Audience audience;

  @Column(name = "source_lang", nullable = false, length = 8)
  private Language source;

  @Column(name = "shape", nullable = false)
  private String shape;

  @Column(name = "shape_hash", nullable = false, length = 64)
  private String shapeHash;

  @Column(name = "shape_revision", nullable = false)
  private int shapeRevision;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "guide", cascade = CascadeType.PERSIST)
  private List<GuideTranslation> texts = new ArrayList<>();

  @OneToMany(mappedBy = "guide", cascade = CascadeType.PERSIST)
  private List<GuideRevision> revisions = new ArrayList<>();

  protected StoredGuide() {}

  public StoredGuide(Guide guide, String shapeYaml, RevisionStamp stamp) {
    this.slug = guide.slug();
    reviseShape(guide, shapeYaml, stamp);
  }

  /** Records a new shape unless it is exactly the stored one; true when it changed. */
  public boolean reviseShape(Guide guide, String shapeYaml, RevisionStamp stamp) {
    String hash = Sha256.hex(shapeYaml);
    if (hash.equals(shapeHash)) {
      return false;
    }
    audience = guide.audience();
    source = guide.source();
    shape = shapeYaml;
    shapeHash = hash;
    shapeRevision++;
    updatedAt = stamp.createdAt();
    revisions.add(new GuideRevision(this, SHAPE, shapeRevision, shapeYaml, hash, stamp));
    return true;
  }

  /**
   * Records the texts of one language (imported, or saved by an editor) unless they are exactly
   * the stored ones; returns the new revision's number.
   */
  public Optional<Integer> reviseTexts(GuideTexts parsed, String textsYaml, RevisionStamp stamp) {
    Optional<GuideTranslation> existing = text(parsed.language());
    GuideTranslation translation = existing.orElseGet(() -> {
      GuideTranslation created = new GuideTranslation(this, parsed.language());
      texts.add(created);
      return created;
    });
    Optional<Integer> number = translation.revise(parsed, textsYaml, stamp.createdAt());
    number.ifPresent(n -> {
      revisions.add(new GuideRevision(this, parsed.language().code(), n, textsYaml, Sha256.hex(textsYaml), stamp));
      updatedAt = stamp.createdAt();
    });
    return number;
  }

  /** The revisions of one language's texts, oldest first. */
  public List<GuideRevision> revisionsOf(Language language) {
    return revisions.stream().filter(r -> r.part().equals(language.code())).sorted(java.util.Comparator.comparingInt(GuideRevision::number)).toList();
  }

  /**
   * Whether the texts in {@code language} were translated from an older revision of the
   * guide's source texts than the current one, or do not say which; empty for the source
   * language and a language without texts. Guides are translated from their one source
   * language (the editor writes it as {@code translation_of}).
   */
  public Optional<Boolean> isOutdated(Language language) {
    if (language == source()) {
      return Optional.empty();
    }
    return text(language).flatMap(own -> SourceRevisions.isOutdated(own.sourceRevision(), text(source()).map(GuideTranslation::currentRevision)));
  }

  public Optional<GuideTranslation> text(Language language) {
    return texts.stream().filter(t -> t.language() == language).findFirst();
  }

  public String slug() {
    return slug;
  }

  public Audience audience() {
    return audience;
  }

  public Language source() {
    return source;
  }

  public String shape() {
    return shape;
  }

  public int shapeRevision() {
    return shapeRevision;
  }

  public List<GuideTranslation> texts() {
    return List.copyOf(texts);
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
