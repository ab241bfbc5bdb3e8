package app.guidepost.search.index;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the index knows of one translation of an article or a guide ({@code type}). {@code serves} lists the reader languages this
 * document answers for: its own, plus those whose readers get it as a fallback because the
 * article has no translation in their language. Every article therefore answers a reader of
 * any language through exactly one document.
 */
public record IndexedTranslation(
    String slug,
    Language language,
    String title,
    Optional<String> summary,
    Optional<String> category,
    List<String> tags,
    Audience audience,
    String bodyText,
    Set<Language> serves,
    String type,
    Optional<Instant> updated) {

  public static final String ARTICLE = "article";
  public static final String GUIDE = "guide";

  public IndexedTranslation {
    tags = List.copyOf(tags);
    serves = Set.copyOf(serves);
  }

  /** An article's translation. */
  public IndexedTranslation(
      String slug, Language language, String title, Optional<String> summary, Optional<String> category, List<String> tags, Audience audience,
      String bodyText, Set<Language> serves) {
    this(slug, language, title, summary, category, tags, audience, bodyText, serves, ARTICLE, Optional.empty());
  }

  /** A document of {@code type} with no change time (guides, test fixtures). */
  public IndexedTranslation(
      String slug, Language language, String title, Optional<String> summary, Optional<String> category, List<String> tags, Audience audience,
      String bodyText, Set<Language> serves, String type) {
    this(slug, language, title, summary, category, tags, audience, bodyText, serves, type, Optional.empty());
  }

  public String id() {
    return (type.equals(ARTICLE) ? "" : type + ":") + slug + "/" + language.code();
  }
}
