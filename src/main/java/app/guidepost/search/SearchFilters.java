package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.search.index.IndexedTranslation;
import java.util.Optional;

/**
 * What a search is narrowed to: a category, a tag, an audience, the language of the text, a
 * content type. Each is validated where it is read; an empty filter narrows nothing.
 */
public record SearchFilters(
    Optional<String> category, Optional<String> tag, Optional<Audience> audience, Optional<Language> language, Optional<String> type) {

  public static final SearchFilters NONE = new SearchFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public static SearchFilters parse(
      Optional<String> category, Optional<String> tag, Optional<String> audience, Optional<String> language, Optional<String> type) {
    return new SearchFilters(
        present(category).map(c -> slug("category", c)),
        present(tag).map(t -> slug("tag", t)),
        present(audience).map(a -> Audience.fromCode(a).orElseThrow(() -> new InvalidInputException(
            "Invalid audience", "Parameter 'audience' must be public or agent, not '" + InvalidInputException.excerpt(a) + "'."))),
        present(language).map(Language::require),
        present(type).map(t -> {
          if (!t.equals(IndexedTranslation.ARTICLE) && !t.equals(IndexedTranslation.GUIDE)) {
            throw new InvalidInputException("Invalid type", "Parameter 'type' must be article or guide, not '" + InvalidInputException.excerpt(t) + "'.");
          }
          return t;
        }));
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  public SearchFilters withoutCategory() {
    return new SearchFilters(Optional.empty(), tag, audience, language, type);
  }

  public SearchFilters withoutLanguage() {
    return new SearchFilters(category, tag, audience, Optional.empty(), type);
  }

  public SearchFilters withoutType() {
    return new SearchFilters(category, tag, audience, language, Optional.empty());
  }

  private static Optional<String> present(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty());
  }

  private static String slug(String name, String value) {
    if (!Slug.isValid(value) && !value.matches("[\\p{Ll}\\p{Lo}\\p{N}]+(?:-[\\p{Ll}\\p{Lo}\\p{N}]+)*")) {
      throw new InvalidInputException(
          "Invalid " + name, "Parameter '" + name + "' must be a lowercase word or words joined by hyphens, not '" + InvalidInputException.excerpt(value) + "'.");
    }
    return value;
  }
}
