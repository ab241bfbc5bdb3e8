package app.guidepost.search;

import app.guidepost.text.BaseLetters;
import com.ibm.icu.text.Normalizer2;

/**
 * Text folded for matching as people type: case and width folded (NFKC casefold), then the base
 * letters ({@link BaseLetters}: marks dropped, {@code đ ø æ ß} replaced), then Arabic letter
 * variants unified ({@code ٱ -> ا}, {@code ة -> ه}, {@code ى -> ي}; {@code أ إ آ} lost their hamza
 * or madda with the marks), tatweel dropped and Arabic-Indic digits read as Latin ones.
 */
final class Folding {

  private static final Normalizer2 CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  private Folding() {}

  static String fold(String text) {
    String folded = BaseLetters.of(CASEFOLD.normalize(text));
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case 'ٱ' -> out.append('ا');
        case 'ة' -> out.append('ه');
        case 'ى' -> out.append('ي');
        case 'ـ' -> { }
        default -> out.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : c);
      }
    }
    return out.toString();
  }
}
