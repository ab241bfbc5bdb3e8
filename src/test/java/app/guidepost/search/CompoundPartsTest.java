package app.guidepost.search;

import static app.guidepost.search.SearchFixtures.slugs;
import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexedTranslation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The parts of a compound typed are found in every form the language's stemmer gives them. */
class CompoundPartsTest {

  @RegisterExtension final IndexedFolder indexed = new IndexedFolder();

  @Test
  void aCompoundsPartsAreFoundInATitleThatWritesThemApart() throws Exception {
    ArticleSearch search = indexed.searchOver(
        german("ink-level", "Wie kann ich den Toner-Stand feststellen?", "Manche Geräte zeigen auf ihrem Display, wie viel Tinte noch in der Kartusche ist."),
        german("updates", "Software aktualisieren", "Halten Sie das System auf dem neuesten Stand."),
        german("cartridge", "Kartusche wechseln", "Setzen Sie die neue Patrone mit Tinte oder Toner ein."));

    // "Tonerstand" stems to "tonersta", "Toner" to "ton": split as stemmed, neither part was a
    // word of the index, and only the bodies' surface forms found the parts.
    assertThat(slugs(search, "Tonerstand", Language.DE)).first().isEqualTo("ink-level");
  }

  private static IndexedTranslation german(String slug, String title, String body) {
    return SearchFixtures.ownLanguage(slug, Language.DE, title, Optional.empty(), body);
  }
}
