package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NorwegianTextAnalyzerTest {

  private final NorwegianTextAnalyzer norwegian = new NorwegianTextAnalyzer();

  @Test
  void definiteAndPluralFormsMeet() {
    // samtale (a call), samtalen (the call), samtaler (calls), samtalene (the calls).
    assertThat(Tokens.of(norwegian, "samtale samtalen samtaler samtalene")).containsOnly("samtal");
  }

  @Test
  void norwegianLettersTypedAsTwoLettersOrPlainLettersMeet() {
    // brukerstøtte (user support) typed with oe or o; blåbær with aa/ae or a.
    assertThat(Tokens.of(norwegian, "brukerstøtte brukerstoette brukerstotte")).containsOnly("brukerstott");
    assertThat(Tokens.of(norwegian, "blåbær blaabaer")).containsOnly("blabar");
  }

  @Test
  void stopWordsAreMatchedWithTheirRealLetters() {
    // "på vent" (on hold): på is a stop word, vent carries the meaning.
    assertThat(Tokens.of(norwegian, "sette innringeren på vent")).containsExactly("sett", "innringer", "vent");
    assertThat(Tokens.of(norwegian, "sette innringeren paa vent")).containsExactly("sett", "innringer", "vent");
  }

  @Test
  void stopWordsThatHoldTwoLettersOfANorwegianLetterAreStopWordsToo() {
    // "noen"/"noe" (someone, something) hold an "oe" that is no "ø".
    assertThat(Tokens.of(norwegian, "noen har endret noe i skriveren")).containsExactly("endr", "skriver");
  }

  @Test
  void limitsOfTheStemmer() {
    // -er agent nouns and their plural stem apart; closed compounds stay whole for the
    // query-time splitter.
    assertThat(Tokens.of(norwegian, "innringer innringere")).containsExactly("innring", "innringer");
    assertThat(Tokens.of(norwegian, "telefonferdigheter")).containsExactly("telefonferd");
  }

  @Test
  void randomInputNeverBreaksIt() {
    Random random = new Random(5);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 30; j++) {
        text.appendCodePoint(random.nextInt(0x3000));
      }
      Tokens.of(norwegian, text.toString());
    }
  }
}
