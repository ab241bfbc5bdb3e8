package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query-time rules that need an index: compounds, exact forms, proximity. */
class LanguageSearchTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();
  private ArticleSearch search;

  private static IndexedTranslation doc(String slug, Language language, String title, String body) {
    return new IndexedTranslation(slug, language, title, Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC, body, Set.of(language));
  }

  @BeforeEach
  void build() throws Exception {
    index.open(folder);
    index.replaceAll(
        List.of(
            doc("notes", Language.DE, "Gute Notizen", "Lesen Sie die Ticket-Notizen, bevor Sie den Anrufer etwas fragen."),
            doc("printer", Language.DE, "Drucker", "Die Druckerwarteschlange leeren und den Toner wechseln."),
            doc("sound", Language.DE, "Audio", "Der Kunde hört keinen Ton im Headset."),
            doc("skills", Language.NB, "Telefonferdigheter", "Gode telefonferdigheter gir kortere samtaler."),
            doc("queue", Language.NB, "Kø", "Innringere i kø venter på svar."),
            doc("together", Language.VI, "Hỗ trợ", "Nhân viên hỗ trợ kỹ thuật trả lời điện thoại."),
            doc("apart", Language.VI, "Kỹ năng", "Hỗ khách hàng, trợ giúp và kỹ năng thuật ngữ."),
            doc("reset", Language.EN, "Printer", "Reset the printer queue."),
            doc("weather", Language.EN, "Small talk", "The weather of the day is a safe topic."),
            doc("department", Language.EN, "Who we are", "IT runs the help desk.")),
        1L);
    search = ArticleSearch.over(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> find(String q, Language language) {
    return search.search(SearchRequest.parse(Optional.of(q), language, Optional.empty(), Optional.empty(), false))
        .hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void aClosedGermanCompoundFindsItsHyphenatedParts() {
    assertThat(find("Ticketnotizen", Language.DE)).first().isEqualTo("notes");
  }

  @Test
  void germanPartsFindTheClosedCompound() {
    assertThat(find("Drucker Warteschlange", Language.DE)).first().isEqualTo("printer");
  }

  @Test
  void theExactWordOutranksAStemSibling() {
    // "Ton" (sound) and "Toner" share a stem; the exact form decides.
    assertThat(find("Ton", Language.DE)).first().isEqualTo("sound");
  }

  @Test
  void aGermanWordFindsTheCompoundsItIsTheHeadOfBelowItself() throws Exception {
    index.replaceAll(List.of(
        doc("flow", Language.DE, "Abläufe", "Das Ablaufdiagramm zeigt jeden Schritt des Anrufs."),
        doc("chart", Language.DE, "Anrufe", "Ein Diagramm der Anrufe pro Stunde."),
        doc("network", Language.DE, "Netzwerk", "Den Netzwerkdrucker im Büro einrichten.")), 2L);
    search = ArticleSearch.over(index);

    assertThat(find("Diagramm", Language.DE)).containsExactly("chart", "flow");
    assertThat(find("Drucker", Language.DE)).contains("network");
  }

  @Test
  void aNorwegianWordFindsTheCompoundsItIsTheHeadOf() throws Exception {
    index.replaceAll(List.of(doc("hold-music", Language.NB, "Vent", "Innringere hører ventemusikken mens de venter.")), 2L);
    search = ArticleSearch.over(index);

    assertThat(find("musikk", Language.NB)).containsExactly("hold-music");
  }

  @Test
  void norwegianSplitWordsFindTheCompound() {
    assertThat(find("telefon ferdigheter", Language.NB)).first().isEqualTo("skills");
  }

  @Test
  void norwegianLettersTypedPlainFindTheText() {
    assertThat(find("innringere i ko", Language.NB)).first().isEqualTo("queue");
  }

  @Test
  void adjacentVietnameseSyllablesOutrankScatteredOnes() {
    // Both texts hold hỗ, trợ, kỹ and thuật; only one holds them as the words hỗ trợ, kỹ thuật.
    assertThat(find("ho tro ky thuat", Language.VI)).first().isEqualTo("together");
    assertThat(find("hỗ trợ kỹ thuật", Language.VI)).first().isEqualTo("together");
  }

  @Test
  void stopWordsTypedWithOtherWordsMatchNothingOnTheirOwn() {
    SearchResults found = search.search(SearchRequest.parse(Optional.of("the printer"), Language.EN, Optional.empty(), Optional.empty(), false));

    assertThat(found.hits()).extracting(SearchHit::slug).containsExactly("reset");
    assertThat(found.total()).isEqualTo(1);
  }

  @Test
  void aQueryOfStopWordsOnlyStillFindsThem() {
    assertThat(find("IT", Language.EN)).containsExactly("department");
  }
}
