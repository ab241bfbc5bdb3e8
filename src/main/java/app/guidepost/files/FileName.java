package app.guidepost.files;

import app.guidepost.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of an article's file as it appears in addresses and Markdown ({@code files/<name>}):
 * lowercase letters, digits and single separators ({@code - _ .}), and an extension. Names
 * people give their files ("Router lights (front).PNG", "Ảnh chụp.jpg") become such a name by
 * {@link #suggestedFor}; a name read from an address or a content folder must already be one.
 */
public record FileName(String value) {

  public static final int MAX_LENGTH = 100;
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*\\.[a-z0-9]{1,5}");

  public FileName {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a file name: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && VALID.matcher(value).matches();
  }

  /** A name from an address or an API call, refused with the rule when it is not one. */
  public static FileName require(String value) {
    if (!isValid(value)) {
      throw new InvalidInputException("Invalid file name", "'" + InvalidInputException.excerpt(value == null ? "" : value)
          + "' is not a file name: use lowercase a-z, digits and single - _ or . between them, and an extension such as .png (at most "
          + MAX_LENGTH + " characters).");
    }
    return new FileName(value);
  }

  /**
   * The name a file people named themselves is stored under: diacritics dropped ("đ" as "d"),
   * lowercase, every run of other characters one hyphen; empty when nothing of it is left.
   */
  public static Optional<FileName> suggestedFor(String given) {
    String base = given.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String stem = plain(base.substring(0, dot));
    String extension = plain(base.substring(dot + 1)).replace("-", "");
    if (stem.isEmpty() || extension.isEmpty()) {
      return Optional.empty();
    }
    int room = MAX_LENGTH - extension.length() - 1;
    String name = (stem.length() > room ? stem.substring(0, room).replaceAll("-+$", "") : stem) + "." + extension;
    return isValid(name) ? Optional.of(new FileName(name)) : Optional.empty();
  }

  private static String plain(String text) {
    String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss"), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** The part after the last dot. */
  public String extension() {
    return value.substring(value.lastIndexOf('.') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
