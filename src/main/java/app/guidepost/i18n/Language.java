package app.guidepost.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Guidepost hosts. {@code no} is accepted as an alias of Norwegian Bokmål. */
public enum Language {
  EN("en", Locale.ENGLISH),
  VI("vi", Locale.of("vi")),
  NB("nb", Locale.of("nb")),
  DE("de", Locale.GERMAN),
  AR("ar", Locale.of("ar"));

  private final String code;
  private final Locale locale;

  Language(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The canonical BCP 47 code, as used in URLs, file names and the API. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** Right-to-left script: pages and snippets must set {@code dir="rtl"}. */
  public boolean isRightToLeft() {
    return this == AR;
  }

  /**
   * Reads a language code as people and files write it: case-insensitive, with a region
   * ({@code de-AT}, {@code nb_NO}) ignored and {@code no} read as {@code nb}.
   */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String primary = code.strip().replace('_', '-');
    int dash = primary.indexOf('-');
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    String normalized = primary.toLowerCase(Locale.ROOT);
    if (normalized.equals("no")) {
      return Optional.of(NB);
    }
    return Arrays.stream(values()).filter(l -> l.code.equals(normalized)).findFirst();
  }

  /** Like {@link #fromCode} but for input that must be a language; the problem names it. */
  public static Language require(String code) {
    return fromCode(code).orElseThrow(() -> new UnknownLanguageException(code));
  }

  @Override
  public String toString() {
    return code;
  }
}
