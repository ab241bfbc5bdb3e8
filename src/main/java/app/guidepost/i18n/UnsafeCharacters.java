package app.guidepost.i18n;

import java.util.regex.Pattern;

/**
 * Characters no text a person writes for others may hold: control characters other than line
 * ends and tabs; the bidirectional overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069,
 * U+200E, U+200F, U+061C), which can make a text read in another order than it is stored
 * ("Trojan Source"); and invisible characters that only hide text or split words: the zero-width
 * space, a byte order mark inside a text, the line and paragraph separators (U+2028, U+2029) and
 * the tag characters (U+E0000-U+E007F). The joiners U+200C and U+200D stay allowed: some scripts
 * and emoji need them. Articles, guide texts, display names and support requests all apply this
 * one rule.
 */
public final class UnsafeCharacters {

  private static final Pattern UNSAFE = Pattern.compile(
      "[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B\\uFEFF\\u2028\\u2029\\x{E0000}-\\x{E007F}&&[^\\n\\t]]");

  private UnsafeCharacters() {}

  /** Whether {@code text} holds any unsafe character ({@code \r} included: line ends are {@code \n} once read). */
  public static boolean in(String text) {
    return UNSAFE.matcher(text).find();
  }
}
