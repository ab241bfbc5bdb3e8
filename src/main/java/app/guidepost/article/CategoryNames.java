package app.guidepost.article;

import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each category is called in each language, and the picture it is shown with, from
 * {@code content/categories.yaml}. A
 * category without a name in the reader's language is shown by its name in the next language
 * of the reader's fallback chain, and at last by its slug made readable.
 */
public final class CategoryNames {

  public static final CategoryNames NONE = new CategoryNames(Map.of());

  private final Map<Slug, Map<Language, String>> names;
  private final Map<Slug, TopicIcon> icons;

  public CategoryNames(Map<Slug, Map<Language, String>> names) {
    this(names, Map.of());
  }

  public CategoryNames(Map<Slug, Map<Language, String>> names, Map<Slug, TopicIcon> icons) {
    // In the order the file lists them: the order editors keep them in.
    this.names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
    this.icons = Map.copyOf(icons);
  }

  /** The picture the topic is shown with: the one named for it, else a book. */
  public TopicIcon iconOf(Slug category) {
    return icons.getOrDefault(category, TopicIcon.BOOK);
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

  /** The names the category has, by language; none for a category without names. */
  public Map<Language, String> namesOf(Slug category) {
    return names.getOrDefault(category, Map.of());
  }

  /** Whether the file named an icon for it (rather than the book every topic has by default). */
  public java.util.Optional<TopicIcon> namedIcon(Slug category) {
    return java.util.Optional.ofNullable(icons.get(category));
  }

  /** The categories that have names, in the order the file lists them. */
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
