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
