package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.Termbase;
import app.guidepost.terminology.Terminology;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The termbase at query time: synonyms in one language, and a way into the others. */
class GlossarySearchTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();
  private ArticleSearch search;

  private static final Termbase TERMS = Termbase.of(List.of(
      concept("wifi", Map.of(
          Language.EN, List.of("wifi", "wireless network"),
          Language.DE, List.of("WLAN", "Funknetz"),
          Language.NB, List.of("trådløst nett", "wifi"),
          Language.VI, List.of("mạng không dây", "wifi"),
          Language.AR, List.of("واي فاي"))),
      concept("put-on-hold", Map.of(
          Language.EN, List.of("put on hold", "hold"),
          Language.NB, List.of("sette på vent"))),
      concept("sign-in", Map.of(
          Language.EN, List.of("sign in", "log on")))));

  private static Concept concept(String id, Map<Language, List<String>> words) {
    Map<Language, List<Term>> terms = new EnumMap<>(Language.class);
    words.forEach((language, list) -> terms.put(language, list.stream().map(Term::admitted).toList()));
    return new Concept(id, Optional.empty(), Optional.empty(), terms);
  }

  @BeforeEach
  void build() throws Exception {
    index.open(folder);
    index.replaceAll(List.of(
        new IndexedTranslation("router", Language.NB, "Ruteren", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Slik kobler du til trådløst nett på kontoret.", EnumSet.allOf(Language.class)),
        new IndexedTranslation("hold", Language.NB, "Vent", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Spør alltid før du setter innringeren på vent.", EnumSet.allOf(Language.class)),
        new IndexedTranslation("printer", Language.DE, "Drucker", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Der Drucker ist nicht im Funknetz.", Set.of(Language.DE)),
        new IndexedTranslation("portal", Language.EN, "The portal", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Sign in to the portal with your account.", Set.of(Language.EN)),
        new IndexedTranslation("forms", Language.EN, "Forms", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
            "Sign the form and send it back.", Set.of(Language.EN))),
        1L);
    search = ArticleSearch.over(index, TERMS);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<SearchHit> find(String q, Language language) {
    return search.search(SearchRequest.parse(Optional.of(q), language, Optional.empty(), Optional.empty(), false)).hits();
  }

  @Test
  void aTermWithAWordTheAnalyzerDropsIsMatchedAsWrittenNotByItsOtherWordAlone() {
    // "sign in" analysed as English text is "sign": that alone would find every text about signing forms.
    assertThat(find("log on", Language.EN)).extracting(SearchHit::slug).containsExactly("portal");
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
  void aWordTheReaderTypedCountsOnceThoughItIsAlsoATermOfItsConcept() {
    Termbase waiting = Termbase.of(List.of(concept("wait", Map.of(Language.NB, List.of("vent"), Language.EN, List.of("wait")))));
    SearchRequest vent = SearchRequest.parse(Optional.of("vent"), Language.NB, Optional.empty(), Optional.empty(), false);
    float plain = ArticleSearch.over(index).search(vent).hits().getFirst().score();
    assertThat(ArticleSearch.over(index, waiting).search(vent).hits().getFirst().score()).isEqualTo(plain);
  }

  @Test
  void withoutAGlossaryTheNorwegianArticleStaysOutOfReach() {
    ArticleSearch plain = ArticleSearch.over(index);
    assertThat(plain.search(SearchRequest.parse(Optional.of("wireless network down"), Language.EN, Optional.empty(), Optional.empty(), false)).hits())
        .extracting(SearchHit::slug).doesNotContain("router");
  }

  @Test
  void aDeprecatedTermNamesNothing() {
    Termbase retired = Termbase.of(List.of(new Concept("wifi", Optional.empty(), Optional.empty(), Map.of(
        Language.EN, List.of(Term.preferred("wifi"), new Term("wireless network", Term.Status.DEPRECATED, false)),
        Language.NB, List.of(Term.preferred("trådløst nett"))))));
    ArticleSearch withRetired = ArticleSearch.over(index, retired);
    assertThat(withRetired.search(SearchRequest.parse(Optional.of("wireless network down"), Language.EN, Optional.empty(), Optional.empty(), false)).hits())
        .extracting(SearchHit::slug).doesNotContain("router");
  }

  @Test
  void theShippedTermbaseTakesAnEnglishReaderToArticlesOnlyInOtherLanguages() {
    ArticleSearch shipped = ArticleSearch.over(index, Terminology.shipped());
    // "wireless network" is Wi-Fi's English term; the Norwegian article says "trådløst nett".
    assertThat(shipped.search(SearchRequest.parse(Optional.of("wireless network down"), Language.EN, Optional.empty(), Optional.empty(), false)).hits())
        .extracting(SearchHit::slug).contains("router");
    // The English "put on hold" and the Norwegian article's "setter innringeren på vent" are one concept.
    assertThat(shipped.search(SearchRequest.parse(Optional.of("put the caller on hold"), Language.EN, Optional.empty(), Optional.empty(), false)).hits())
        .extracting(SearchHit::slug).contains("hold");
  }
}
