package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * What search relies on from each language's analyzer, token by token. The stock analyzers'
 * known limits are pinned here too, so that improving them is a visible change.
 */
class LanguageAnalyzersTest {

  private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

  private Analyzer of(Language language) {
    return analyzers.forLanguage(language);
  }

  @Test
  void everyLanguageHasItsOwnAnalyzer() {
    for (Language language : Language.values()) {
      assertThat(of(language)).as(language.code()).isNotNull();
    }
    assertThat(of(Language.VI)).isInstanceOf(VietnameseAnalyzer.class);
    assertThat(of(Language.DE)).isInstanceOf(GermanTextAnalyzer.class);
    assertThat(of(Language.NB)).isInstanceOf(NorwegianTextAnalyzer.class);
  }

  @Test
  void englishStemsAndDropsPossessives() {
    // possessive 's removed; callers/calling share a stem with the verb.
    assertThat(Tokens.of(of(Language.EN), "the caller's callers calling"))
        .containsExactly("caller", "caller", "call");
    assertThat(Tokens.of(of(Language.EN), "troubleshooting greeted")).containsExactly("troubleshoot", "greet");
  }

  @Test
  void arabicStripsPrefixesAndNormalisesLetters() {
    // و (and) + ال (the) + كتاب (book); ب (with) + ال + هاتف (phone).
    assertThat(Tokens.of(of(Language.AR), "والكتاب بالهاتف")).containsExactly("كتاب", "هاتف");
    // hamza forms of alef are one letter for search: أحمد = احمد.
    assertThat(Tokens.of(of(Language.AR), "أحمد احمد")).containsExactly("احمد", "احمد");
    // taa marbuta and haa at the end are one letter for search: مدرسة = مدرسه.
    assertThat(Tokens.of(of(Language.AR), "مدرسة مدرسه")).containsExactly("مدرس", "مدرس");
  }

  @Test
  void arabicFoldsAlefMaqsuraAndIgnoresTatweel() {
    // ى at the end typed as ي; tatweel (ـ) stretches a word for display only.
    assertThat(Tokens.of(of(Language.AR), "مستشفى مستشفي")).containsExactly("مستشف", "مستشف");
    assertThat(Tokens.of(of(Language.AR), "كتــــاب")).containsExactly("كتاب");
  }

  @Test
  void arabicStripsSuffixes() {
    // ها (her/its), ات (feminine plural), ون (masculine plural) come off.
    assertThat(Tokens.of(of(Language.AR), "كتابها")).containsExactly("كتاب");
    assertThat(Tokens.of(of(Language.AR), "الموظفون")).containsExactly("موظف");
  }

  @Test
  void arabicIgnoresDiacriticsAndReadsArabicIndicDigits() {
    assertThat(Tokens.of(of(Language.AR), "كِتَابٌ")).containsExactly("كتاب");
    assertThat(Tokens.of(of(Language.AR), "٣ 3")).containsExactly("3", "3");
  }

  @Test
  void arabicKeepsLatinTermsInsideArabicText() {
    assertThat(Tokens.of(of(Language.AR), "نسخ احتياطي Veeam على ReFS")).contains("veeam", "refs");
  }

  @Test
  void randomInputNeverBreaksAnyAnalyzer() {
    Random random = new Random(7);
    for (Language language : Language.values()) {
      for (int i = 0; i < 200; i++) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < 30; j++) {
          text.appendCodePoint(random.nextInt(0x10FFFF));
        }
        Tokens.of(of(language), text.toString());
      }
    }
  }
}
