package app.guidepost.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.guidepost.article.CategoryNames;
import app.guidepost.article.Slug;
import app.guidepost.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryNamesParserTest {

  @Test
  void namesAreReadPerCategoryAndLanguageWithTheFallbackChainThenTheSlug() throws Exception {
    CategoryNames names = CategoryNamesParser.parse("""
        # comment
        phone-skills:
          en: Phone skills
          no: Telefonferdigheter
        printing:
          de: Drucken
        """);

    assertThat(names.size()).isEqualTo(2);
    assertThat(names.nameOf(new Slug("phone-skills"), Language.NB, List.of(Language.EN)))
        .isEqualTo(new CategoryNames.Name("Telefonferdigheter", Language.NB));
    assertThat(names.nameOf(new Slug("phone-skills"), Language.VI, List.of(Language.EN)))
        .isEqualTo(new CategoryNames.Name("Phone skills", Language.EN));
    assertThat(names.nameOf(new Slug("printing"), Language.AR, List.of(Language.EN)))
        .isEqualTo(new CategoryNames.Name("Printing", Language.EN));
    assertThat(names.nameOf(new Slug("network-and-vpn"), Language.DE, List.of()))
        .isEqualTo(new CategoryNames.Name("Network and vpn", Language.EN));
  }

  @Test
  void anEmptyFileNamesNothing() throws Exception {
    assertThat(CategoryNamesParser.parse("# nothing yet\n").size()).isZero();
  }

  @Test
  void problemsAreReportedWithTheirLine() {
    assertProblem("- phone-skills\n", 1, "must list categories by slug");
    assertProblem("phone-skills:\n  en: Phone skills\nPhone Skills:\n  en: x\n", 3, "'Phone Skills' must be a slug");
    assertProblem("phone-skills:\n  en: Phone skills\nphone-skills:\n  en: x\n", 3, "appears twice");
    assertProblem("phone-skills:\n  en: Phone skills\n  fr: Téléphone\n", 3, "unknown language 'fr'");
    assertProblem("phone-skills:\n  en: Phone skills\n  nb: Telefon\n  no: Telefon\n", 4, "two names in 'no'");
    assertProblem("phone-skills:\n  en: \"\"\n", 2, "1 to 80 characters");
    assertProblem("phone-skills: Phone skills\n", 1, "language lines");
    assertProblem("phone-skills:\n  en: [a, b]\n", 2, "expected plain text");
    assertProblem("phone-skills:\n  en: 'open\n", 3, "invalid YAML");
  }

  private static void assertProblem(String yaml, int line, String message) {
    assertThatThrownBy(() -> CategoryNamesParser.parse(yaml))
        .isInstanceOfSatisfying(ContentFileException.class, e -> {
          assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @Test
  void aTopicIsShownWithTheIconItNamesOrABookAndAnUnknownIconIsReportedAtItsLine() throws Exception {
    CategoryNames names = CategoryNamesParser.parse("""
        printing:
          icon: printer
          en: Printing
        files:
          en: Files
        """);
    assertThat(names.iconOf(new Slug("printing"))).isEqualTo(app.guidepost.article.TopicIcon.PRINTER);
    assertThat(names.iconOf(new Slug("files"))).isEqualTo(app.guidepost.article.TopicIcon.BOOK);
    assertThat(names.nameOf(new Slug("printing"), Language.EN, List.of()).text()).isEqualTo("Printing");
    assertThatThrownBy(() -> CategoryNamesParser.parse("printing:\n  en: Printing\n  icon: unicorn\n"))
        .isInstanceOf(ContentFileException.class)
        .hasMessageStartingWith("unknown icon 'unicorn'; use one of book, conversation, headset")
        .satisfies(e -> assertThat(((ContentFileException) e).line()).isEqualTo(3));
  }
}
