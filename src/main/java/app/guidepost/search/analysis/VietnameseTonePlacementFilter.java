package app.guidepost.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts the tone mark of Vietnamese syllables ending in {@code oa}, {@code oe} and {@code uy}
 * where the newer convention puts it: on the first vowel ({@code hoà -> hòa},
 * {@code khoẻ -> khỏe}, {@code thuý -> thúy}). Both conventions are in everyday use, so text
 * and queries must meet whichever one they were typed in. {@code quý} is left alone: there the
 * {@code u} belongs to {@code qu} and the tone sits on {@code y} in both conventions. Expects
 * lower-case NFC input; emits NFC.
 */
public final class VietnameseTonePlacementFilter extends TokenFilter {

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public VietnameseTonePlacementFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String syllable = term.toString();
    String placed = newStyle(syllable);
    if (!placed.equals(syllable)) {
      term.setEmpty().append(placed);
    }
    return true;
  }

  static String newStyle(String syllable) {
    String d = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    int last = d.length() - 1;
    // The last character is a tone mark on the final vowel, with no other mark beside it.
    if (last < 2 || TONES.indexOf(d.charAt(last)) < 0) {
      return syllable;
    }
    char second = d.charAt(last - 1);
    char first = d.charAt(last - 2);
    boolean diphthong = (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
    if (!diphthong || (first == 'u' && d.startsWith("qu"))) {
      return syllable;
    }
    String moved = d.substring(0, last - 1) + d.charAt(last) + second;
    return Normalizer.normalize(moved, Normalizer.Form.NFC);
  }
}
