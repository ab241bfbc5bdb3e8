package app.guidepost.search.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.lexicon.SentenceAlignment.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceAlignmentTest {

  @Test
  void sentencesOfLikeLengthsGoTogetherOneByOne() {
    assertThat(SentenceAlignment.align(new int[] {40, 120, 60}, new int[] {45, 130, 70}))
        .containsExactly(new Bead(0, 1, 0, 1), new Bead(1, 2, 1, 2), new Bead(2, 3, 2, 3));
  }

  @Test
  void aSentenceTheTranslatorSplitGoesWithBothHalves() {
    // The long second sentence became two in the translation.
    assertThat(SentenceAlignment.align(new int[] {50, 200, 60}, new int[] {55, 100, 110, 65}))
        .containsExactly(new Bead(0, 1, 0, 1), new Bead(1, 2, 1, 3), new Bead(2, 3, 3, 4));
  }

  @Test
  void twoSentencesTheTranslatorJoinedGoWithTheJoinedOne() {
    assertThat(SentenceAlignment.align(new int[] {80, 30, 40, 90}, new int[] {85, 75, 95}))
        .containsExactly(new Bead(0, 1, 0, 1), new Bead(1, 3, 1, 2), new Bead(3, 4, 2, 3));
  }

  @Test
  void aTranslationLongerThroughoutIsStillAlignedSentenceBySentence() {
    // Vietnamese runs about a third longer than English; the ratio is the texts' own.
    assertThat(SentenceAlignment.align(new int[] {30, 90, 60}, new int[] {40, 120, 80}))
        .containsExactly(new Bead(0, 1, 0, 1), new Bead(1, 2, 1, 2), new Bead(2, 3, 2, 3));
  }

  @Test
  void anEmptyTextAlignsWithNothing() {
    assertThat(SentenceAlignment.align(new int[] {}, new int[] {40})).isEmpty();
  }

  @Test
  void sentencesAreFoundByTheRulesOfTheirLanguage() {
    assertThat(LexiconLearner.sentences(Language.DE, "Rufen Sie Dr. Müller an. Danach druckt er wieder."))
        .containsExactly("Rufen Sie Dr. Müller an.", "Danach druckt er wieder.");
    assertThat(LexiconLearner.sentences(Language.AR, "هل الطابعة متصلة؟ أعد تشغيلها."))
        .containsExactly("هل الطابعة متصلة؟", "أعد تشغيلها.");
  }
}
