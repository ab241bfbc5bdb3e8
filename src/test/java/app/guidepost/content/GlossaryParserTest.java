package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {

  @Test
  void readsConceptsWithTermsPerLanguage() throws Exception {
    Termbase glossary = GlossaryParser.parse(
        "# comment\n- id: wifi\n  en: [wifi, wireless network]\n  no: [trådløst nett]\n  ar: [واي فاي]\n- id: hold\n  de: [Warteschleife]\n");
    assertThat(glossary.size()).isEqualTo(2);
    Concept wifi = glossary.concept("wifi").orElseThrow();
    assertThat(wifi.terms(Language.EN)).containsExactly(Term.preferred("wifi"), Term.admitted("wireless network"));
    assertThat(wifi.terms(Language.NB)).containsExactly(Term.preferred("trådløst nett"));
    assertThat(wifi.terms(Language.VI)).isEmpty();
  }

  @Test
  void problemsAreReportedWithTheirLine() {
    assertLine("- id: wifi\n  fr: [wifi]\n", 2, "unknown language 'fr'");
    assertLine("- id: wifi\n  en: wifi\n", 2, "must be a list");
    assertLine("- id: Wi Fi\n  en: [wifi]\n", 1, "must be a slug");
    assertLine("- en: [wifi]\n", 1, "needs an 'id'");
    assertLine("- id: a\n  en: [x]\n- id: a\n  en: [y]\n", 3, "appears twice");
    assertLine("- id: a\n  en: [x, !!java.io.File y]\n", 2, "plain word");
    assertLine("id: a\n", 1, "must be a list of concepts");
    assertLine("- id: a\n  en: [x\n", 3, "invalid YAML");
    assertLine("- id: a\n  en: [x, \"y\\u202Ez\"]\n", 2, "bidirectional");
  }

  @Test
  void anEmptyFileIsAnEmptyGlossary() throws Exception {
    assertThat(GlossaryParser.parse("# nothing yet\n").size()).isZero();
  }

  private static void assertLine(String yaml, int line, String message) {
    assertThatThrownBy(() -> GlossaryParser.parse(yaml))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
  }
}
