package app.guidepost.search;

import static app.guidepost.search.SearchFixtures.slugs;
import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexedTranslation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An article's summary says what it is about: a reader's words found there count as in its title. */
class SummariesTest {

  @RegisterExtension final IndexedFolder indexed = new IndexedFolder();

  @Test
  void aWordOnlyTheSummaryHoldsFindsTheArticle() throws Exception {
    ArticleSearch search = indexed.searchOver(
        article("calibrate-printer", Language.EN, "How do I calibrate my printer?", "Calibrating your printer is important for faithful prints.",
            "There are two ways to profile a printer device: with a photospectrometer, or with a reference file from a color company."));

    assertThat(slugs(search, "faithful", Language.EN)).containsExactly("calibrate-printer");
  }

  @Test
  void anArticleWhoseSummaryNamesTheTopicRanksAboveOneThatMentionsItInPassing() throws Exception {
    ArticleSearch search = indexed.searchOver(
        article("passing", Language.DE, "Papierformate", "Welche Papierformate Ihr Drucker kennt.",
            "Die meisten Geräte drucken auf A4. Bevor Sie den Bildschirm messen, legen Sie fest, welches Papier eingelegt ist. "
                + "Spezialpapier für Fotos braucht eigene Einstellungen, und manche Modelle kennen auch Briefumschläge."),
        article("calibrate-screen", Language.DE, "Farbprofile", "Den Bildschirm kalibrieren, damit Farben stimmen.",
            "Ein Farbprofil beschreibt, welche Farben ein Gerät darstellen kann. Sie erstellen es mit einem Messgerät."));

    assertThat(slugs(search, "Bildschirm kalibrieren", Language.DE)).first().isEqualTo("calibrate-screen");
  }

  private static IndexedTranslation article(String slug, Language language, String title, String summary, String body) {
    return SearchFixtures.ownLanguage(slug, language, title, Optional.of(summary), body);
  }
}
