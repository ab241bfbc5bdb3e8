package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of a compound typed are found in every form the language's stemmer gives them. */
class CompoundPartsTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aCompoundsPartsAreFoundInATitleThatWritesThemApart() throws Exception {
    index.open(folder);
    index.replaceAll(List.of(
        german("ink-level", "Wie kann ich den Toner-Stand feststellen?", "Manche Geräte zeigen auf ihrem Display, wie viel Tinte noch in der Kartusche ist."),
        german("updates", "Software aktualisieren", "Halten Sie das System auf dem neuesten Stand."),
        german("cartridge", "Kartusche wechseln", "Setzen Sie die neue Patrone mit Tinte oder Toner ein.")), 1L);
    ArticleSearch search = ArticleSearch.over(index);

    // "Tonerstand" stems to "tonersta", "Toner" to "ton": split as stemmed, neither part was a
    // word of the index, and only the bodies' surface forms found the parts.
    List<String> slugs = search.search(new SearchRequest("Tonerstand", Language.DE, 10, 0, false)).hits().stream().map(SearchHit::slug).toList();
    assertThat(slugs).first().isEqualTo("ink-level");
  }

  private static IndexedTranslation german(String slug, String title, String body) {
    return SearchFixtures.ownLanguage(slug, Language.DE, title, Optional.empty(), body);
  }
}
