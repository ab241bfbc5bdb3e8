package app.guidepost.text;

import java.util.regex.Pattern;

/**
 * Characters no text a person writes for others may hold: control characters other than line
 * ends and tabs; the bidirectional overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069,
 * U+200E, U+200F, U+061C), which can make a text read in another order than it is stored
 * ("Trojan Source"); and invisible characters that only hide text or split words: the zero-width
 * space, a byte order mark inside a text, the line and paragraph separators (U+2028, U+2029) and
 * the tag characters (U+E0000-U+E007F), and every other invisible formatting character (Unicode's
 * Cf: the soft hyphen, the word joiner, the invisible operators, the Mongolian vowel separator,
 * the musical formatting marks) and the fillers that show as nothing (U+034F, U+115F, U+1160,
 * U+3164, U+FFA0). The joiners U+200C and U+200D stay allowed: some scripts and emoji need them.
 * Articles (saved or imported from files), guide texts, display names, support requests,
 * revision messages and the excerpts of refused input in error messages all apply this one rule.
 *
 * <p>Of these, only some change what a reader sees: the controls, the overrides and isolates, the
 * line and paragraph separators and the tag characters ({@link #dangerousFirstLine}). The rest
 * only hide themselves; texts copied from web pages and word processors carry them by the
 * thousand (a right-to-left mark after every Arabic sentence, a byte order mark pasted mid-line),
 * so an imported file loses them ({@link #withoutInvisible}) with a warning instead of being
 * refused: refusing cost the Arabic relevance set 31 of its articles.
 */
public final class UnsafeCharacters {

  private static final Pattern UNSAFE = Pattern.compile(
      "[\\p{Cc}\\p{Cf}\\u2028\\u2029\\u034F\\u115F\\u1160\\u3164\\uFFA0&&[^\\n\\t\\u200C\\u200D]]");

  private static final Pattern DANGEROUS = Pattern.compile(
      "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029\\x{E0000}-\\x{E007F}&&[^\\n\\t]]");

  private UnsafeCharacters() {}

  /** The line (from 1) of the first character that changes what a reader sees: a control, an override, an isolate, a separator, a tag. */
  public static java.util.OptionalInt dangerousFirstLine(String text) {
    return firstLine(text, DANGEROUS);
  }

  /** {@code text} without the unsafe characters that only hide themselves; holds no unsafe character if {@link #dangerousFirstLine} found none. */
  public static String withoutInvisible(String text) {
    return UNSAFE.matcher(text).replaceAll(found -> DANGEROUS.matcher(found.group()).matches() ? found.group() : "");
  }

  /** {@code text} with every unsafe character, line ends and tabs too, replaced by a space: for one-line notes kept as given. */
  public static String replacedInLine(String text) {
    return UNSAFE.matcher(text.replace('\n', ' ').replace('\t', ' ')).replaceAll(" ");
  }

  /** Whether {@code text} holds any unsafe character ({@code \r} included: line ends are {@code \n} once read). */
  public static boolean in(String text) {
    return UNSAFE.matcher(text).find();
  }

  /** Whether {@code codePoint} is unsafe. */
  public static boolean isUnsafe(int codePoint) {
    return UNSAFE.matcher(Character.toString(codePoint)).matches();
  }

  /**
   * Whether {@code text}, meant as one line (a title, a summary, a name), holds an unsafe
   * character, a line end or a tab.
   */
  public static boolean inLine(String text) {
    return in(text) || text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0;
  }

  /** The line (from 1) of the first unsafe character in {@code text}, if there is one. */
  public static java.util.OptionalInt firstLine(String text) {
    return firstLine(text, UNSAFE);
  }

  private static java.util.OptionalInt firstLine(String text, Pattern characters) {
    java.util.regex.Matcher found = characters.matcher(text);
    if (!found.find()) {
      return java.util.OptionalInt.empty();
    }
    return java.util.OptionalInt.of(1 + (int) text.substring(0, found.start()).chars().filter(c -> c == '\n').count());
  }
}
