package app.guidepost.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the reader's language: an explicit {@code lang} wins (and must be valid), then the
 * first supported language of Accept-Language, then English.
 */
public final class LanguageNegotiation {

  private LanguageNegotiation() {}

  /**
   * The same from the raw {@code Accept-Language} header. A header that is not a list of
   * language ranges ({@code ../../etc;q=1}) counts as absent: it is the visitor's browser
   * speaking, and a reader never gets an error page for it.
   */
  public static Language negotiate(Optional<String> explicit, String acceptLanguage) {
    if (explicit.isPresent() && !explicit.get().isBlank()) {
      return Language.require(explicit.get());
    }
    return negotiate(Optional.empty(), acceptable(acceptLanguage));
  }

  /** The locales of an {@code Accept-Language} header, most preferred first; none when it is missing or malformed. */
  public static List<Locale> acceptable(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage).stream()
          .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
          .map(range -> Locale.forLanguageTag(range.getRange()))
          .toList();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /** Longer than any browser sends; parsing it would only cost time. */
  static final int MAX_HEADER = 1000;

  public static Language negotiate(Optional<String> explicit, List<Locale> acceptable) {
    if (explicit.isPresent() && !explicit.get().isBlank()) {
      return Language.require(explicit.get());
    }
    return acceptable.stream()
        .map(Locale::getLanguage)
        .map(Language::fromCode)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(Language.EN);
  }
}
