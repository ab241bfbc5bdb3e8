package app.guidepost.account;

import app.guidepost.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in name: NFC, lowercase, 2-64 letters, digits, dots, hyphens or underscores. Two names
 * that look the same are the same name; invisible and bidi control characters are not allowed.
 */
public record Username(String value) {

  private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,63}");

  public Username {
    if (!VALID.matcher(value).matches() || !value.equals(fold(value))) {
      throw new IllegalArgumentException("Not a username: " + value);
    }
  }

  /** The name as typed, folded; empty when it cannot be a username. */
  public static Optional<Username> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String folded = fold(typed.strip());
    return VALID.matcher(folded).matches() ? Optional.of(new Username(folded)) : Optional.empty();
  }

  public static Username require(String typed) {
    return parse(typed).orElseThrow(() -> new InvalidInputException("Invalid username",
        "'" + InvalidInputException.excerpt(typed) + "' is not a username: 2-64 letters, digits, dots, hyphens or underscores, starting with a letter or digit."));
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
