package app.guidepost.search;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text folded for matching as people type: case and width folded (NFKC casefold), every
 * combining mark dropped (Vietnamese tones, umlauts, Arabic harakat), letters that are not
 * base-plus-mark mapped by hand ({@code đ -> d}, {@code ø -> o}, {@code æ -> a},
 * {@code ß -> ss}), Arabic letter variants unified ({@code أ إ آ -> ا}, {@code ة -> ه},
 * {@code ى -> ي}), tatweel dropped and Arabic-Indic digits read as Latin ones.
 */
final class Folding {

  private static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  static String fold(String text) {
    String folded = Normalizer.normalize(CASEFOLD.normalize(text), Normalizer.Form.NFD);
    folded = MARKS.matcher(folded).replaceAll("");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case 'đ' -> out.append('d');
        case 'ø' -> out.append('o');
        case 'æ' -> out.append('a');
        case 'ß' -> out.append("ss");
        case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
        case 'ة' -> out.append('ه');
        case 'ى' -> out.append('ي');
        case 'ـ' -> { }
        default -> out.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : c);
      }
    }
    return out.toString();
  }
}
