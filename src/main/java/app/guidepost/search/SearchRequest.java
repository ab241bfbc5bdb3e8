package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A validated search: the text as the person typed it (NFC, without control or invisible
 * formatting characters), the searcher's language, a bounded page, and whether internal
 * (agent) articles may be shown.
 */
public record SearchRequest(String text, Language language, int limit, int offset, boolean includeInternal, SearchFilters filters) {

  public static final int MAX_QUERY_LENGTH = 500;
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  /** Controls and code points that are not characters: they separate words. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}]+");
  /** Invisible formatting (a zero-width space or soft hyphen pasted inside "pri\u00ADnter"): taken out, the word kept whole. */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

  public SearchRequest(String text, Language language, int limit, int offset, boolean includeInternal) {
    this(text, language, limit, offset, includeInternal, SearchFilters.NONE);
  }

  /** The same search, narrowed by {@code filters}. */
  public SearchRequest narrowedTo(SearchFilters filters) {
    return new SearchRequest(text, language, limit, offset, includeInternal, filters);
  }

  public SearchRequest {
    java.util.Objects.requireNonNull(filters, "filters");
    if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("page out of bounds");
    }
  }

  /** Reads the raw query parameters; every refusal names the parameter and the rule. */
  public static SearchRequest parse(
      Optional<String> q, Language language, Optional<String> limit, Optional<String> offset, boolean includeInternal) {
    String raw = q.orElse("");
    if (raw.length() > MAX_QUERY_LENGTH * 4) {
      throw tooLong(raw.codePointCount(0, raw.length()));
    }
    String text = clean(raw);
    if (text.isEmpty()) {
      throw new InvalidInputException("Missing query", "Parameter 'q' is required: type the words to search for.");
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_QUERY_LENGTH) {
      throw tooLong(length);
    }
    return new SearchRequest(
        text,
        language,
        integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
        integer("offset", offset, 0, 0, MAX_OFFSET),
        includeInternal);
  }

  /**
   * What a person typed, as words: compatibility forms folded (NFKC: fullwidth "ｐｒｉｎｔｅｒ" is
   * "printer", Arabic presentation forms their letters), invisible formatting removed, controls
   * and runs of spaces made one space.
   */
  static String clean(String raw) {
    String text = FORMAT.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    return INVISIBLE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  private static InvalidInputException tooLong(int length) {
    return new InvalidInputException(
        "Query too long", "Parameter 'q' has " + length + " characters; at most " + MAX_QUERY_LENGTH + " are allowed.");
  }

  /** A whole-number parameter within bounds, or its default when absent; refused with the rule otherwise. */
  public static int integer(String name, Optional<String> value, int defaultValue, int min, int max) {
    if (value.isEmpty() || value.get().isBlank()) {
      return defaultValue;
    }
    String text = value.get().strip();
    try {
      if (text.length() <= 9) {
        int number = Integer.parseInt(text);
        if (number >= min && number <= max) {
          return number;
        }
      }
    } catch (NumberFormatException e) {
      // refused below with the rule
    }
    throw new InvalidInputException(
        "Invalid " + name,
        "Parameter '" + name + "' must be a whole number from " + min + " to " + max + ", not '" + InvalidInputException.excerpt(text) + "'.");
  }
}
