package app.guidepost.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GermanTextAnalyzerTest {

  private final GermanTextAnalyzer german = new GermanTextAnalyzer();

  @Test
  void inflectionsOfOneNounMeet() {
    // Anrufer (caller), Anrufers (genitive), Anrufern (dative plural).
    assertThat(Tokens.of(german, "Anrufer Anrufers Anrufern")).containsExactly("anruf", "anruf", "anruf");
  }

  @Test
  void umlautsTypedAsTwoLettersOrWithoutDotsMeet() {
    assertThat(Tokens.of(german, "Schlüssel Schluessel Schlussel")).containsExactly("schlussel", "schlussel", "schlussel");
    assertThat(Tokens.of(german, "übernehmen uebernehmen")).containsOnly(Tokens.of(german, "ubernehmen").getFirst());
  }

  @Test
  void sharpSIsDoubleS() {
    assertThat(Tokens.of(german, "Straße Strasse")).containsExactly("strass", "strass");
  }

  @Test
  void hyphenatedCompoundsSplitIntoTheirParts() {
    // Ticket-Notizen: two tokens, each stemmed like the word on its own.
    assertThat(Tokens.of(german, "Ticket-Notizen")).containsExactlyElementsOf(Tokens.of(german, "Ticket Notizen"));
    assertThat(Tokens.of(german, "Help-Desk-Techniker")).hasSize(3);
  }

  @Test
  void closedCompoundsStayWholeForTheQueryTimeSplitter() {
    assertThat(Tokens.of(german, "Ticketnotizen")).hasSize(1);
  }

  @Test
  void stopWordsGoButNegationsOfMeaningStay() {
    assertThat(Tokens.of(german, "der Drucker und die Warteschlange")).hasSize(2);
    // "kein" is a stop word; "Ton" and "Toner" share a stem here: the exact-form field keeps
    // them apart in ranking.
    assertThat(Tokens.of(german, "kein Ton")).containsExactly("ton");
  }

  @Test
  void normalizeFoldsLikeTheChain() {
    assertThat(german.normalize("f", "Übernahme").utf8ToString()).isEqualTo("ubernahme");
  }

  @Test
  void randomInputNeverBreaksIt() {
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 30; j++) {
        text.appendCodePoint(random.nextInt(0x3000));
      }
      Tokens.of(german, text.toString());
    }
  }
}
