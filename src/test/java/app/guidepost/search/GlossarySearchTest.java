package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary at query time: synonyms in one language, and a way into the others. */
class GlossarySearchTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();
  private ArticleSearch search;

  private static final Glossary GLOSSARY = new Glossary(List.of(
      new Glossary.Concept("wifi", Map.of(
          Language.EN, List.of("wifi", "wireless network"),
          Language.DE, List.of("WLAN", "Funknetz"),
          Language.NB, List.of("trådløst nett", "wifi"),
          Language.VI, List.of("mạng không dây", "wifi"),
          Language.AR, List.of("واي فاي"))),
      new Glossary.Concept("put-on-hold", Map.of(
          Language.EN, List.of("put on hold", "hold"),
          Language.NB, List.of("sette på vent")))));

  @BeforeEach
  void build() throws Exception {
    index.open(folder);
    index.replaceAll(List.of(
        new IndexedTranslation("router", Language.NB, "Ruteren", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Slik kobler du til trådløst nett på kontoret.", EnumSet.allOf(Language.class)),
        new IndexedTranslation("hold", Language.NB, "Vent", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Spør alltid før du setter innringeren på vent.", EnumSet.allOf(Language.class)),
        new IndexedTranslation("printer", Language.DE, "Drucker", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Der Drucker ist nicht im Funknetz.", Set.of(Language.DE))),
        1L);
    search = ArticleSearch.over(index, GLOSSARY);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<SearchHit> find(String q, Language language) {
    return search.search(SearchRequest.parse(Optional.of(q), language, Optional.empty(), Optional.empty(), false)).hits();
  }

  @Test
  void anEnglishQueryReachesANorwegianOnlyArticleThroughTheGlossary() {
    List<SearchHit> hits = find("wireless network down", Language.EN);
    assertThat(hits).first().satisfies(hit -> {
      assertThat(hit.slug()).isEqualTo("router");
      assertThat(hit.language()).isEqualTo(Language.NB);
    });
  }

  @Test
  void aVietnameseQueryWithoutDiacriticsNamesTheConceptToo() {
    assertThat(find("mang khong day", Language.VI)).extracting(SearchHit::slug).first().isEqualTo("router");
  }

  @Test
  void synonymsWorkWithinOneLanguage() {
    // WLAN is the German reader's word; the German article says Funknetz.
    assertThat(find("WLAN", Language.DE)).extracting(SearchHit::slug).first().isEqualTo("printer");
  }

  @Test
  void multiWordTermsMatchAsPhrases() {
    assertThat(find("how to put a caller on hold", Language.EN)).extracting(SearchHit::slug).first().isEqualTo("hold");
  }

  @Test
  void withoutAGlossaryTheNorwegianArticleStaysOutOfReach() {
    ArticleSearch plain = ArticleSearch.over(index);
    assertThat(plain.search(SearchRequest.parse(Optional.of("wireless network down"), Language.EN, Optional.empty(), Optional.empty(), false)).hits())
        .extracting(SearchHit::slug).doesNotContain("router");
  }
}
