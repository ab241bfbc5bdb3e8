package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.i18n.Language;
import app.guidepost.search.Glossary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {

  @Test
  void readsConceptsWithTermsPerLanguage() throws Exception {
    Glossary glossary = GlossaryParser.parse(
        "# comment\n- id: wifi\n  en: [wifi, wireless network]\n  no: [trådløst nett]\n  ar: [واي فاي]\n- id: hold\n  de: [Warteschleife]\n");
    assertThat(glossary.size()).isEqualTo(2);
    Glossary.Concept wifi = glossary.byId("wifi").getFirst();
    assertThat(wifi.terms(Language.EN)).containsExactly("wifi", "wireless network");
    assertThat(wifi.terms(Language.NB)).containsExactly("trådløst nett");
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
  }

  @Test
  void anEmptyFileIsAnEmptyGlossary() throws Exception {
    assertThat(GlossaryParser.parse("# nothing yet\n").size()).isZero();
  }

  @Test
  void theShippedGlossaryReadsAndCoversEveryLanguage() throws Exception {
    Path file = Path.of("content", "glossary.yaml");
    Glossary glossary = GlossaryParser.parse(Files.readString(file));
    assertThat(glossary.size()).isGreaterThanOrEqualTo(40);
    for (Glossary.Concept concept : glossary.concepts()) {
      for (Language language : Language.values()) {
        assertThat(concept.terms(language)).as(concept.id() + " " + language).isNotEmpty();
      }
    }
  }

  private static void assertLine(String yaml, int line, String message) {
    assertThatThrownBy(() -> GlossaryParser.parse(yaml))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.getMessage()).contains(message);
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        });
  }
}
