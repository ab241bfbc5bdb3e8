package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One article, identified by its slug, with one translation per language. */
@Entity
@Cacheable
@Table(name = "article")
public class Article {

  @Id
  @SequenceGenerator(name = "guidepost_seq", sequenceName = "guidepost_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidepost_seq")
  private Long id;

  @Column(name = "slug", nullable = false, unique = true, updatable = false, length = Slug.MAX_LENGTH)
  private String slug;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @Column(name = "retired_by", length = 64)
  private String retiredBy;

  @Column(name = "retired_because", length = Retirement.MAX_REASON)
  private String retiredBecause;

  @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
  private List<Translation> translations = new ArrayList<>();

  protected Article() {}

  public Article(Slug slug, OffsetDateTime createdAt) {
    this.slug = slug.value();
    this.createdAt = createdAt;
  }

  public Slug slug() {
    return new Slug(slug);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** Every translation, published or not, in canonical language order. */
  public List<Translation> translations() {
    return translations.stream().sorted(Comparator.comparing(Translation::language)).toList();
  }

  /** When, by whom and why the article was taken out of the help center, if it was. */
  public Optional<Retirement> retirement() {
    return Optional.ofNullable(retiredAt).map(at -> new Retirement(at, retiredBy, Optional.ofNullable(retiredBecause)));
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  /**
   * Takes the article out of the help center: its translations stay with every revision, and
   * none of them is published while it is retired. Retiring it again changes nothing.
   *
   * @return whether this changed the article
   */
  public boolean retire(OffsetDateTime at, String by, Optional<String> because) {
    if (isRetired()) {
      return false;
    }
    retiredAt = at;
    retiredBy = by;
    retiredBecause = because.map(String::strip).filter(b -> !b.isEmpty()).map(b -> b.length() > Retirement.MAX_REASON ? b.substring(0, Retirement.MAX_REASON) : b)
        .orElse(null);
    return true;
  }

  /**
   * Puts a retired article back as it was: each translation published again at the revision it
   * was published at.
   *
   * @return whether this changed the article
   */
  public boolean reinstate() {
    if (!isRetired()) {
      return false;
    }
    retiredAt = null;
    retiredBy = null;
    retiredBecause = null;
    return true;
  }

  /** The translations readers may see: those with a published revision, none while the article is retired. */
  public List<Translation> published() {
    return translations().stream().filter(Translation::isPublished).toList();
  }

  /** Whether readers can see the article at all: a translation is published and the article is not retired. */
  public boolean isPublished() {
    return translations.stream().anyMatch(Translation::isPublished);
  }

  public Optional<Translation> translation(Language language) {
    return translations.stream().filter(t -> t.language() == language).findFirst();
  }

  /** The languages readers can read the article in. */
  public Set<Language> languages() {
    return published().stream().map(Translation::language).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Internal if any translation says so: a translator who leaves out {@code audience: agent}
   * must not publish what the source keeps internal.
   */
  public Audience audience() {
    // Published translations only: a draft never changes what readers see.
    return published().stream().map(Translation::audience).reduce(Audience.PUBLIC, Audience::strictest);
  }

  /**
   * The languages an editor must be allowed to edit to publish {@code audience} in
   * {@code language}: none when readers keep the audience they have, else every language the
   * article is published in (making one translation internal hides the article in all of them,
   * making it public shows all of them).
   */
  public Set<Language> languagesAffectedByPublishing(Language language, Audience audience) {
    Optional<Audience> publishedHere = translation(language).filter(Translation::isPublished).map(Translation::audience);
    boolean unchanged = publishedHere.map(audience::equals).orElse(audience == audience());
    if (unchanged || published().isEmpty()) {
      return Set.of();
    }
    return languages();
  }

  /**
   * The translation the others were made from: the one that names no source, else the
   * earliest language in canonical order.
   */
  public Optional<Translation> sourceTranslation() {
    List<Translation> published = published();
    return published.stream()
        .filter(t -> t.translationOf().isEmpty())
        .findFirst()
        .or(() -> published.stream().findFirst());
  }

  /**
   * The category the article is filed under: the source translation's, else that of the first
   * published translation that names one.
   */
  public Optional<Slug> category() {
    return sourceTranslation().flatMap(Translation::category)
        .or(() -> published().stream().map(Translation::category).flatMap(Optional::stream).findFirst());
  }

  /** Starts the translation in {@code language} with its first revision. */
  public Translation addTranslation(Language language, TranslationContent content, Edit edit, OffsetDateTime at) {
    if (translation(language).isPresent()) {
      throw new IllegalStateException("Article " + slug + " already has a translation in " + language);
    }
    Translation translation = new Translation(this, language, content, edit, at);
    translations.add(translation);
    return translation;
  }

  /**
   * Best translation for a reader of {@code wanted}: that language, else the first of the
   * fallback chain that exists, else the source.
   */
  public Optional<Translation> bestTranslationFor(Language wanted, List<Language> fallbackChain) {
    return translation(wanted).filter(Translation::isPublished)
        .or(() -> fallbackChain.stream().map(this::translation).flatMap(Optional::stream).filter(Translation::isPublished).findFirst())
        .or(this::sourceTranslation);
  }
}
