package app.guidepost.i18n;

import app.guidepost.platform.InvalidInputException;

/** A language code that is not one of Guidepost's languages. */
public final class UnknownLanguageException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public UnknownLanguageException(String code) {
    super(
        "Unknown language",
        "'" + InvalidInputException.excerpt(code) + "' is not a supported language; use one of en, vi, nb (or no), de, ar.");
  }
}
