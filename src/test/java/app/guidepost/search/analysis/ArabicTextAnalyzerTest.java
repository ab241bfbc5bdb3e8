package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class ArabicTextAnalyzerTest {

  private final ArabicTextAnalyzer arabic = new ArabicTextAnalyzer();

  @Test
  void aPrepositionWithAJoinedPronounIsAStopWordAsTheStemmerLeavesIt() {
    // about it, he has, on it: the stemmer leaves "عن", "لد", "عل".
    assertThat(Tokens.of(arabic, "عنها لديه عليها")).isEmpty();
    // A limit: "إليه" (to him) loses "ال" as if it were the article, and "يه" is no stop word.
    assertThat(Tokens.of(arabic, "إليه")).containsExactly("يه");
    assertThat(Tokens.of(arabic, "تخلى عنها الدفاع")).containsExactly("تخل", "دفاع");
  }

  @Test
  void wordsAreStemmedAndNormalisedAsBefore() {
    assertThat(Tokens.of(arabic, "والكتاب بالهاتف الطابعة")).containsExactly("كتاب", "هاتف", "طابع");
    assertThat(Tokens.of(arabic, "أحمد احمد")).containsExactly("احمد", "احمد");
    assertThat(Tokens.of(arabic, "في من على")).isEmpty();
  }

  @Test
  void questionWordsAreStopWords() {
    // how many points, how, when, where, why, what
    assertThat(Tokens.of(arabic, "كم نقطة")).containsExactly("نقط");
    assertThat(Tokens.of(arabic, "كيف متى أين لماذا ماذا هل")).isEmpty();
  }

  @Test
  void withoutStopWordsEveryWordIsKept() {
    assertThat(Tokens.of(new ArabicTextAnalyzer(CharArraySet.EMPTY_SET), "عنها في")).containsExactly("عن", "في");
  }
}
