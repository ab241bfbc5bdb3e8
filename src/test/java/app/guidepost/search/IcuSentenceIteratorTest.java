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

  @Test
  void aTextSeenBeforeKeepsItsBoundariesAndAnotherOfTheSameLengthGetsItsOwn() {
    IcuSentenceIterator prototype = new IcuSentenceIterator(Locale.ENGLISH);
    String first = "One two. Three four five.";
    String sameLength = "One two three. Four five.";
    for (int round = 0; round < 2; round++) {
      for (String text : List.of(first, sameLength)) {
        BreakIterator iterator = prototype.clone();
        iterator.setText(text);
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.ENGLISH);
        icu.setText(text);
        List<Integer> ours = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
          ours.add(b);
        }
        for (int b = icu.first(); b != com.ibm.icu.text.BreakIterator.DONE; b = icu.next()) {
          expected.add(b);
        }
        assertThat(ours).as(text + ", round " + round).isEqualTo(expected);
      }
    }
    assertThat(new IcuSentenceIterator.TextKey(25, first.hashCode(), 0)).isNotEqualTo(IcuSentenceIterator.TextKey.of(first));
  }

  @Test
  void answersPrecedingFollowingAndIsBoundaryExactlyAsIcuDoesAtEveryOffset() {
    String text = "Mở hàng đợi in. Chọn lệnh bị kẹt rồi xóa! Vẫn lỗi? Khởi động lại máy in, đợi 30 giây. "
        + "هل جربت إعادة التشغيل؟ نعم. Prüfen Sie z.B. den Drucker.";
    for (Locale locale : List.of(Locale.of("vi"), Locale.of("ar"), Locale.GERMAN)) {
      BreakIterator ours = new IcuSentenceIterator(locale).clone();
      com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(com.ibm.icu.util.ULocale.forLocale(locale));
      ours.setText(text);
      icu.setText(text);
      for (int offset = 0; offset <= text.length(); offset++) {
        assertThat(ours.following(offset)).as("following " + offset).isEqualTo(icu.following(offset));
        assertThat(ours.current()).as("current after following " + offset).isEqualTo(icu.current());
        if (offset > 0) {
          assertThat(ours.preceding(offset)).as("preceding " + offset).isEqualTo(icu.preceding(offset));
          assertThat(ours.current()).as("current after preceding " + offset).isEqualTo(icu.current());
        }
        assertThat(ours.isBoundary(offset)).as("isBoundary " + offset).isEqualTo(icu.isBoundary(offset));
        assertThat(ours.current()).as("current after isBoundary " + offset).isEqualTo(icu.current());
      }
      assertThat(ours.last()).isEqualTo(icu.last());
      assertThat(ours.next()).isEqualTo(icu.next());
      assertThat(ours.first()).isEqualTo(icu.first());
      assertThat(ours.previous()).isEqualTo(icu.previous());
    }
  }
}
