package app.guidepost.guide;

import app.guidepost.i18n.Language;
import app.guidepost.platform.Sha256;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The texts of a guide in one language ({@code <lang>.yaml}) and the source revision a translation matches. */
@Entity
@Cacheable
@Table(name = "guide_text")
public class GuideTranslation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "guide_id", nullable = false, updatable = false)
  private StoredGuide guide;

  @Column(name = "lang", nullable = false, updatable = false, length = 8)
  private Language language;

  @Column(name = "title", nullable = false, length = 300)
  private String title;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "translation_of", length = 8)
  private Language translationOf;

  @Column(name = "source_revision")
  private Integer sourceRevision;

  @Column(name = "current_revision", nullable = false)
  private int currentRevision;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected GuideTranslation() {}

  GuideTranslation(StoredGuide guide, Language language) {
    this.guide = guide;
    this.language = language;
  }

  /** Takes the new texts unless they are the current ones; returns the new revision number. */
  Optional<Integer> revise(GuideTexts parsed, String yaml, OffsetDateTime at) {
    String hash = Sha256.hex(yaml);
    if (hash.equals(contentHash)) {
      return Optional.empty();
    }
    title = parsed.title();
    body = yaml;
    translationOf = parsed.translationOf().orElse(null);
    sourceRevision = parsed.sourceRevision().orElse(null);
    contentHash = hash;
    currentRevision++;
    updatedAt = at;
    return Optional.of(currentRevision);
  }

  public Language language() {
    return language;
  }

  public String title() {
    return title;
  }

  /** The stored {@code <lang>.yaml}. */
  public String body() {
    return body;
  }

  public Optional<Language> translationOf() {
    return Optional.ofNullable(translationOf);
  }

  public Optional<Integer> sourceRevision() {
    return Optional.ofNullable(sourceRevision);
  }

  public int currentRevision() {
    return currentRevision;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
