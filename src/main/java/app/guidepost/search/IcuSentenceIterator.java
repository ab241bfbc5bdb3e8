package app.guidepost.search;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;

/**
 * ICU's sentence boundaries behind the JDK's {@link BreakIterator} type, which Lucene's
 * highlighter takes. ICU knows each language's rules (abbreviations, Arabic punctuation such
 * as {@code ؟}) better than the JDK. Not thread-safe, like every break iterator: clone one per
 * use.
 */
final class IcuSentenceIterator extends BreakIterator {

  private com.ibm.icu.text.BreakIterator icu;

  IcuSentenceIterator(Locale locale) {
    this.icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.forLocale(locale));
  }

  @Override
  public int first() {
    return icu.first();
  }

  @Override
  public int last() {
    return icu.last();
  }

  @Override
  public int next(int n) {
    return icu.next(n);
  }

  @Override
  public int next() {
    return icu.next();
  }

  @Override
  public int previous() {
    return icu.previous();
  }

  @Override
  public int following(int offset) {
    return icu.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return icu.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return icu.isBoundary(offset);
  }

  @Override
  public int current() {
    return icu.current();
  }

  @Override
  public CharacterIterator getText() {
    return icu.getText();
  }

  @Override
  public void setText(CharacterIterator text) {
    icu.setText(text);
  }

  @Override
  public void setText(String text) {
    icu.setText(text);
  }

  @Override
  public IcuSentenceIterator clone() {
    IcuSentenceIterator copy = (IcuSentenceIterator) super.clone();
    copy.icu = (com.ibm.icu.text.BreakIterator) icu.clone();
    return copy;
  }
}
