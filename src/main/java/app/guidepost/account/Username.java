package app.guidepost.account;

import app.guidepost.platform.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import com.ibm.icu.text.SpoofChecker;
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

  /**
   * Whether this name and {@code other} look the same on screen (Unicode's confusable skeletons,
   * UTS #39): Cyrillic "а" for Latin "a", "rn" for "m". Such a name would pass for the other in
   * the audit log, the account list and a chat with the help desk.
   */
  public boolean looksLike(Username other) {
    return resemblance(value).equals(resemblance(other.value));
  }

  /**
   * What a reader takes a name for: its confusable skeleton, in lower case, without accents and
   * without the dots, hyphens and underscores that tell "admin", "admin." and "ad-min" apart.
   */
  private static String resemblance(String name) {
    String skeleton = SPOOF.getSkeleton(name).toLowerCase(Locale.ROOT);
    return MARKS.matcher(Normalizer.normalize(skeleton, Normalizer.Form.NFD)).replaceAll("").replaceAll("[._\\-]", "");
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Whether the name mixes scripts that are confused with each other (Latin with Cyrillic or
   * Greek), or holds a character Unicode does not recommend in identifiers (small capitals such
   * as "ᴀ", phonetic letters): such a name passes for another. Latin with one other script
   * (Arabic, for names such as "nguyen.أحمد") is allowed.
   */
  public boolean mixesScripts() {
    return SPOOF.failsChecks(value);
  }

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
      .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE | SpoofChecker.CHAR_LIMIT)
      .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
      .setAllowedChars(new com.ibm.icu.text.UnicodeSet(SpoofChecker.RECOMMENDED).addAll(SpoofChecker.INCLUSION).freeze())
      .build();

  /**
   * A name as it is stored and compared: compatibility forms folded (NFKC: fullwidth "ａｄｍｉｎ" is
   * "admin"), then lower case, then NFC again (lower-casing can decompose).
   */
  static String fold(String text) {
    return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
  }

  @Override
  public String toString() {
    return value;
  }
}
