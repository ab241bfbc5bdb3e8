package app.guidepost.article;

import app.guidepost.platform.InvalidInputException;
import java.util.Optional;
import java.util.regex.Pattern;

/** The stable, language-neutral identity of an article: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
public record Slug(String value) implements Comparable<Slug> {
  public static final int MAX_LENGTH = 120;
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public Slug {
    if (!isValid(value)) {
      throw new InvalidInputException(
          "Invalid slug",
          "'"
              + InvalidInputException.excerpt(value)
              + "' is not a slug: use lowercase letters a-z, digits and single hyphens, at most "
              + MAX_LENGTH
              + " characters.");
    }
  }

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
  }

  public static Optional<Slug> parse(String value) {
    return isValid(value) ? Optional.of(new Slug(value)) : Optional.empty();
  }

  @Override
  public int compareTo(Slug other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
