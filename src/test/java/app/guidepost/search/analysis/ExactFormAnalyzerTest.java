package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import org.junit.jupiter.api.Test;

class ExactFormAnalyzerTest {

  @Test
  void keepsWordsUnstemmedAndStopWordsIn() {
    assertThat(Tokens.of(new ExactFormAnalyzer(Language.EN), "The caller's calls")).containsExactly("the", "caller", "calls");
    assertThat(Tokens.of(new ExactFormAnalyzer(Language.NB), "Samtalen på vent")).containsExactly("samtalen", "på", "vent");
  }

  @Test
  void germanSpellingVariantsStillMeet() {
    assertThat(Tokens.of(new ExactFormAnalyzer(Language.DE), "Ton Toner Übergabe Uebergabe"))
        .containsExactly("ton", "toner", "ubergabe", "ubergabe");
  }

  @Test
  void arabicLetterVariantsAndDigitsStillMeet() {
    assertThat(Tokens.of(new ExactFormAnalyzer(Language.AR), "إدارة ادارة ٣")).containsExactly("اداره", "اداره", "3");
  }
}
