package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IcuSentenceIteratorTest {

  private static List<String> sentences(Locale locale, String text) {
    BreakIterator iterator = new IcuSentenceIterator(locale).clone();
    iterator.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      sentences.add(text.substring(start, end).strip());
    }
    return sentences;
  }

  @Test
  void splitsArabicAtItsOwnQuestionMark() {
    assertThat(sentences(Locale.of("ar"), "هل جربت إعادة التشغيل؟ نعم، جربت ذلك.")).containsExactly("هل جربت إعادة التشغيل؟", "نعم، جربت ذلك.");
  }

  @Test
  void keepsGermanAbbreviationsInsideTheSentence() {
    assertThat(sentences(Locale.GERMAN, "Prüfen Sie z.B. den Drucker. Dann das Netz.")).containsExactly("Prüfen Sie z.B. den Drucker.", "Dann das Netz.");
  }

  @Test
  void clonesIterateIndependently() {
    IcuSentenceIterator prototype = new IcuSentenceIterator(Locale.ENGLISH);
    BreakIterator a = prototype.clone();
    BreakIterator b = prototype.clone();
    a.setText("One. Two.");
    b.setText("Three. Four. Five.");
    a.first();
    b.first();
    assertThat(a.next()).isEqualTo(5);
    assertThat(b.next()).isEqualTo(7);
  }
}
