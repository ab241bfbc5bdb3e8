package app.guidepost.i18n;

import java.util.regex.Pattern;

/**
 * Characters no text a person writes for others may hold: control characters other than line
 * ends and tabs, and the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069),
 * which can make a text read in another order than it is stored ("Trojan Source"). Articles,
 * guide texts, display names and support requests all apply this one rule.
 */
public final class UnsafeCharacters {

  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n\\t]]");

  private UnsafeCharacters() {}

  /** Whether {@code text} holds any unsafe character ({@code \r} included: line ends are {@code \n} once read). */
  public static boolean in(String text) {
    return UNSAFE.matcher(text).find();
  }
}
