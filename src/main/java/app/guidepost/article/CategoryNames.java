package app.guidepost.article;

import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each category is called in each language, from {@code content/categories.yaml}. A
 * category without a name in the reader's language is shown by its name in the next language
 * of the reader's fallback chain, and at last by its slug made readable.
 */
public final class CategoryNames {

  public static final CategoryNames NONE = new CategoryNames(Map.of());

  private final Map<Slug, Map<Language, String>> names;

  public CategoryNames(Map<Slug, Map<Language, String>> names) {
    this.names = Map.copyOf(names);
  }

  /** The category's name for a reader; the language it is in may differ from the reader's. */
  public Name nameOf(Slug category, Language reader, List<Language> fallbackChain) {
    Map<Language, String> byLanguage = names.getOrDefault(category, Map.of());
    Optional<String> own = Optional.ofNullable(byLanguage.get(reader));
    if (own.isPresent()) {
      return new Name(own.get(), reader);
    }
    for (Language fallback : fallbackChain) {
      if (byLanguage.containsKey(fallback)) {
        return new Name(byLanguage.get(fallback), fallback);
      }
    }
    String readable = category.value().replace('-', ' ');
    return new Name(readable.substring(0, 1).toUpperCase(Locale.ROOT) + readable.substring(1), Language.EN);
  }

  public int size() {
    return names.size();
  }

  /** The categories that have names, in no particular order. */
  public java.util.Set<Slug> categories() {
    return names.keySet();
  }

  /** A category's name and the language it is written in. */
  public record Name(String text, Language language) {}

  /** Names in one language per category, for building the value. */
  public static Map<Language, String> names() {
    return new EnumMap<>(Language.class);
  }
}
