package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.search.lexicon.LexiconFile;
import app.guidepost.search.lexicon.Rendering;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restarted instance crosses languages from its first search, with the lexicon the last run learned. */
class LearnedLexiconTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();

  @AfterEach
  void close() {
    index.close();
  }

  private static IndexedTranslation article(String slug, Language language, String title, String body) {
    return new IndexedTranslation(slug, language, title, Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC, body, Set.of(language));
  }

  private static final List<IndexedTranslation> TRANSLATED = List.of(
      article("toner", Language.EN, "Printer toner", "Replace the toner of the printer.\nPrint a test page."),
      article("toner", Language.DE, "Toner des Druckers", "Ersetzen Sie den Toner des Druckers.\nDrucken Sie eine Testseite."),
      article("jam", Language.EN, "Paper jam", "Open the printer and remove the paper.\nClose the tray."),
      article("jam", Language.DE, "Papierstau", "Öffnen Sie den Drucker und entfernen Sie das Papier.\nSchließen Sie das Fach."),
      article("offline", Language.EN, "Printer offline", "The printer shows offline.\nRestart the printer and the network."),
      article("offline", Language.DE, "Drucker offline", "Der Drucker zeigt offline an.\nStarten Sie den Drucker und das Netzwerk neu."));

  @Test
  void theLexiconLearnedIsKeptAndPutInEffectAtTheNextStartUntilOneIsLearnedAgain() throws Exception {
    index.open(folder.resolve("index"));
    index.replaceAll(TRANSLATED, 1L);
    LexiconFile file = new LexiconFile(folder.resolve("lexicon/learned.bin"));

    LearnedLexicon firstRun = LearnedLexicon.over(index);
    assertThat(firstRun.resumeFrom(file)).as("nothing kept before the first run").isFalse();
    assertThat(firstRun.inEffect()).isEmpty();
    assertThat(firstRun.current().inStep()).isTrue();
    assertThat(Files.exists(file.path())).as("kept once learned").isTrue();

    // The next start: the index has changed since (here: no translations left to learn from).
    index.replaceAll(List.of(TRANSLATED.get(0)), 2L);
    LearnedLexicon nextRun = LearnedLexicon.over(index);
    assertThat(nextRun.resumeFrom(file)).isTrue();

    LearnedLexicon.Learned resumed = nextRun.inEffect().orElseThrow();
    assertThat(resumed.lexicon().renderings(Language.DE, Language.EN, "druck")).extracting(Rendering::word).first().isEqualTo("printer");
    assertThat(resumed.reader()).as("not learned from this index").isNull();

    LearnedLexicon.State learnedAgain = nextRun.current();
    assertThat(learnedAgain.inStep()).isTrue();
    assertThat(learnedAgain.learned().orElseThrow().lexicon().renderings(Language.DE, Language.EN, "druck")).isEmpty();
    assertThat(file.read().orElseThrow().renderings(Language.DE, Language.EN, "druck")).as("the file follows").isEmpty();
  }
}
