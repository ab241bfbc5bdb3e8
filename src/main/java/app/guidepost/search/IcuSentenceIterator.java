package app.guidepost.search;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * ICU's sentence boundaries behind the JDK's {@link BreakIterator} type, which Lucene's
 * highlighter takes. ICU knows each language's rules (abbreviations, Arabic punctuation such
 * as {@code ؟}) better than the JDK. The boundaries of a text are found once, in one forward
 * pass, when it is set: the highlighter asks for the sentence before and after every match, and
 * ICU answering each of those afresh (its backward rules) was a fifth of a snippet's time. And
 * they are kept per text: the same articles are highlighted search after search, and finding
 * the boundaries of their whole text was still a third of a snippet's time.
 * Not thread-safe, like every break iterator: clone one per use.
 */
final class IcuSentenceIterator extends BreakIterator {

  /**
   * Texts whose boundaries are kept, at most: a few thousand articles' worth of a few hundred
   * bytes each. Past it, all are forgotten and found again as they come.
   */
  static final int MAX_KEPT = 4_096;

  private com.ibm.icu.text.BreakIterator icu;
  private int[] boundaries = {0};
  private int position;
  /** Shared by the clones of one prototype: every search of a language highlights the same articles. */
  private final java.util.concurrent.ConcurrentHashMap<TextKey, int[]> known;

  IcuSentenceIterator(Locale locale) {
    this.icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.forLocale(locale));
    this.known = new java.util.concurrent.ConcurrentHashMap<>();
  }

  /**
   * A text by its length and two unrelated hashes of its characters: the text itself as the key
   * would keep every highlighted article in memory, and two different texts agreeing on 96 bits
   * of hash is not a case to plan for.
   */
  record TextKey(int length, int hash, long fnv) {
    static TextKey of(String text) {
      long fnv = 0xcbf29ce484222325L;
      for (int i = 0; i < text.length(); i++) {
        fnv = (fnv ^ text.charAt(i)) * 0x100000001b3L;
      }
      return new TextKey(text.length(), text.hashCode(), fnv);
    }
  }

  @Override
  public void setText(CharacterIterator text) {
    icu.setText(text);
    remember();
  }

  /** The text's boundaries as found before, else found now and kept. */
  @Override
  public void setText(String text) {
    icu.setText(text);
    TextKey key = TextKey.of(text);
    int[] found = known.get(key);
    if (found != null) {
      boundaries = found;
      position = 0;
      return;
    }
    remember();
    if (known.size() >= MAX_KEPT) {
      known.clear();
    }
    known.put(key, boundaries);
  }

  private void remember() {
    int[] found = new int[16];
    int count = 0;
    for (int boundary = icu.first(); boundary != com.ibm.icu.text.BreakIterator.DONE; boundary = icu.next()) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = boundary;
    }
    boundaries = Arrays.copyOf(found, count);
    position = 0;
  }

  @Override
  public int first() {
    position = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    position = boundaries.length - 1;
    return boundaries[position];
  }

  @Override
  public int next(int n) {
    int target = position + n;
    if (target < 0 || target >= boundaries.length) {
      position = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    position = target;
    return boundaries[position];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  /** The first boundary after {@code offset}; past the last one, {@link #DONE} at the end, as ICU does. */
  @Override
  public int following(int offset) {
    int at = Arrays.binarySearch(boundaries, offset);
    int next = at >= 0 ? at + 1 : -at - 1;
    if (next >= boundaries.length) {
      position = boundaries.length - 1;
      return DONE;
    }
    position = next;
    return boundaries[position];
  }

  /** The last boundary before {@code offset}; before the first one, {@link #DONE} at the start, as ICU does. */
  @Override
  public int preceding(int offset) {
    int at = Arrays.binarySearch(boundaries, offset);
    int before = (at >= 0 ? at : -at - 1) - 1;
    if (before < 0) {
      position = 0;
      return DONE;
    }
    position = before;
    return boundaries[position];
  }

  @Override
  public boolean isBoundary(int offset) {
    int at = Arrays.binarySearch(boundaries, offset);
    if (at >= 0) {
      position = at;
      return true;
    }
    following(offset);
    return false;
  }

  @Override
  public int current() {
    return boundaries[position];
  }

  @Override
  public CharacterIterator getText() {
    return icu.getText();
  }

  @Override
  public IcuSentenceIterator clone() {
    IcuSentenceIterator copy = (IcuSentenceIterator) super.clone();
    copy.icu = (com.ibm.icu.text.BreakIterator) icu.clone();
    // Boundaries are never written to, only replaced: a clone may share them, and the known texts.
    return copy;
  }
}
