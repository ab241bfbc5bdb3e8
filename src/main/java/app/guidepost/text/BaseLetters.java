package app.guidepost.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Letters as a person types them without accents: every combining mark dropped (Vietnamese
 * tones, umlauts, cedillas, Arabic harakat and hamza above or below alef), and the letters that
 * are not a base letter plus a mark replaced by hand: {@code đ -> d}, {@code ø -> o},
 * {@code æ -> a}, {@code ß -> ss} (capitals alike). Case is kept. Search's folding for
 * suggestions and the anchors of headings both start from this one table.
 */
public final class BaseLetters {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private BaseLetters() {}

  /** {@code text} in compatibility-decomposed form, without marks, with the hand-made letters replaced. */
  public static String of(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder out = new StringBuilder(bare.length());
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      switch (c) {
        case 'đ' -> out.append('d');
        case 'Đ' -> out.append('D');
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'æ' -> out.append('a');
        case 'Æ' -> out.append('A');
        case 'ß' -> out.append("ss");
        case 'ẞ' -> out.append("SS");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
