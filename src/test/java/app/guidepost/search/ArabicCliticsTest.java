package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An Arabic word no text holds is read without the preposition, conjunction or future prefix
 * written joined to it, and without the ت of a feminine ending before a suffix or the alif of
 * an indefinite accusative, when the texts hold what is left. Words are as the Arabic analyzer leaves them ("الشركة" is "شرك").
 */
class ArabicCliticsTest {

  private static final Set<String> HELD = Set.of("تمويل", "حماي", "شرك", "طابع");

  @Test
  void aJoinedPrepositionOrConjunctionIsLeftOut() {
    assertThat(ArabicClitics.bare("بتمويل", HELD::contains)).contains("تمويل"); // with financing
    assertThat(ArabicClitics.bare("لحماي", HELD::contains)).contains("حماي"); // for protection
    assertThat(ArabicClitics.bare("وطابع", HELD::contains)).contains("طابع"); // and a printer
    assertThat(ArabicClitics.bare("ولطابع", HELD::contains)).contains("طابع"); // and for a printer
  }

  @Test
  void theTaOfAFeminineEndingBeforeASuffixIsLeftOut() {
    assertThat(ArabicClitics.bare("شركت", HELD::contains)).contains("شرك"); // his company (شركته)
    assertThat(ArabicClitics.bare("لشركت", HELD::contains)).contains("شرك"); // for his company
  }

  @Test
  void theAlifOfAnIndefiniteAccusativeIsLeftOut() {
    assertThat(ArabicClitics.bare("تمويلا", HELD::contains)).contains("تمويل"); // تمويلاً, as a financing
    assertThat(ArabicClitics.bare("وتمويلا", HELD::contains)).contains("تمويل");
  }

  @Test
  void aWordTheTextsHoldStaysAsItIs() {
    // "كتاب" (book) begins with what could be "ك" (like); the texts hold it, so it is not read as "تاب".
    assertThat(ArabicClitics.bare("كتاب", Set.of("كتاب", "تاب")::contains)).isEmpty();
    // "فرنسا" (France) is held by no text, but "رنسا" is no word of theirs either.
    assertThat(ArabicClitics.bare("فرنسا", Set.of("نسا")::contains)).isEmpty();
  }

  @Test
  void nothingShorterThanThreeLettersIsLeft() {
    assertThat(ArabicClitics.bare("بحث", Set.of("حث")::contains)).isEmpty();
    assertThat(ArabicClitics.bare("لبيت", Set.of("بيت", "يت")::contains)).contains("بيت");
    assertThat(ArabicClitics.bare("وبيت", Set.of("يت")::contains)).isEmpty();
  }
}
