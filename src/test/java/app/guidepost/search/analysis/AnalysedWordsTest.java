package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import org.junit.jupiter.api.Test;

class AnalysedWordsTest {

  private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

  @Test
  void theWordsComeInOrderWithRepeatsAsTheAnalyzerMakesThem() {
    assertThat(AnalysedWords.of(analyzers.forLanguage(Language.EN), "body_en", "The printers print; the printer jams."))
        .containsExactly("printer", "print", "printer", "jam");
  }

  @Test
  void atMostTheWordsAskedFor() {
    assertThat(AnalysedWords.of(analyzers.forLanguage(Language.EN), "body_en", "printer toner paper tray", 2)).containsExactly("printer", "toner");
    assertThat(AnalysedWords.of(analyzers.forLanguage(Language.EN), "body_en", "", 2)).isEmpty();
  }

  @Test
  void aTokenItsFiltersRemoveWhollyIsNoWord() {
    // A run of tatweels (the Arabic stretching mark) is a token; normalisation removes every character of it.
    assertThat(AnalysedWords.of(analyzers.forLanguage(Language.AR), "body_ar", "الطابعة ـــ متصلة")).containsExactly("طابع", "متصل");
  }
}
