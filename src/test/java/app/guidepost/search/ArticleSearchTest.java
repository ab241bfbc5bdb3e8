package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a real on-disk index, without the server. */
class ArticleSearchTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();
  private ArticleSearch search;

  private static IndexedTranslation doc(String slug, Language language, String title, String body, Audience audience, Set<Language> serves) {
    return new IndexedTranslation(slug, language, title, Optional.of("Summary of " + title), Optional.of("phone-skills"), List.of("hold"), audience, body, serves);
  }

  private static Set<Language> allBut(Language... others) {
    EnumSet<Language> serves = EnumSet.allOf(Language.class);
    serves.removeAll(List.of(others));
    return serves;
  }

  @BeforeEach
  void build() throws Exception {
    index.open(folder);
    index.replaceAll(
        List.of(
            doc("hold", Language.EN, "Putting a caller on hold", "Always ask before you put a caller on hold. Say why and for how long.", Audience.PUBLIC, allBut(Language.VI, Language.DE)),
            doc("hold", Language.VI, "Cách giữ máy cuộc gọi", "Luôn hỏi người gọi trước khi giữ máy. Hỗ trợ kỹ thuật cần nói rõ lý do.", Audience.PUBLIC, Set.of(Language.VI)),
            doc("hold", Language.DE, "Anrufer in die Warteschleife legen", "Fragen Sie immer, bevor Sie einen Anrufer warten lassen.", Audience.PUBLIC, Set.of(Language.DE)),
            doc("printer", Language.DE, "Drucker einrichten", "Verbinden Sie den Drucker mit dem Netzwerk.", Audience.PUBLIC, Set.of(Language.DE)),
            doc("password", Language.DE, "Passwort zurücksetzen", "Wählen Sie ein neues Passwort.", Audience.PUBLIC, Set.of(Language.DE)),
            doc("ma-words", Language.VI, "Mã lỗi và mạ", "Mã lỗi 404. Ma là một từ khác.", Audience.PUBLIC, Set.of(Language.VI)),
            doc("phone-etiquette", Language.EN, "Phone etiquette", "Answer the phone with your name. A caller on hold hears music.", Audience.PUBLIC, allBut()),
            doc("escalation-matrix", Language.EN, "Internal escalation matrix for hold times", "Who to call when a caller waits on hold too long.", Audience.AGENT, allBut())),
        42L);
    search = ArticleSearch.over(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private SearchResults find(String q, Language language) {
    return search.search(SearchRequest.parse(Optional.of(q), language, Optional.empty(), Optional.empty(), false));
  }

  @Test
  void titleMatchesOutrankBodyMatches() {
    assertThat(find("caller hold", Language.EN).hits()).extracting(SearchHit::slug).first().isEqualTo("hold");
  }

  @Test
  void vietnameseWithoutDiacriticsFindsTheText() {
    SearchResults results = find("giu may", Language.VI);
    assertThat(results.hits()).extracting(SearchHit::slug).first().isEqualTo("hold");
    assertThat(results.hits().getFirst().language()).isEqualTo(Language.VI);
  }

  @Test
  void exactDiacriticsRankAboveFoldedMatches() {
    // "mã" (code) typed exactly: the article that has "mã" beats one with only "ma"/"mạ" forms.
    List<SearchHit> hits = find("mã lỗi", Language.VI).hits();
    assertThat(hits).extracting(SearchHit::slug).first().isEqualTo("ma-words");
  }

  @Test
  void readersLanguageComesFirstAndEachArticleOnce() {
    SearchResults results = find("caller hold phone", Language.NB);
    // No Norwegian translation exists: every hit is a fallback, each slug once.
    assertThat(results.hits()).extracting(SearchHit::slug).doesNotHaveDuplicates().contains("hold", "phone-etiquette");
    assertThat(results.hits()).allMatch(hit -> hit.language() == Language.EN);
    SearchResults german = find("Anrufer warten", Language.DE);
    assertThat(german.hits().getFirst().language()).isEqualTo(Language.DE);
    assertThat(german.hits()).extracting(SearchHit::slug).doesNotHaveDuplicates();
  }

  @Test
  void aTranslatedArticleIsNotFoundAgainThroughAnotherLanguage() {
    // "hold" exists in German: a German reader must not also get the English "hold".
    SearchResults results = find("hold caller", Language.DE);
    assertThat(results.hits()).filteredOn(hit -> hit.slug().equals("hold")).allMatch(hit -> hit.language() == Language.DE);
  }

  @Test
  void internalArticlesNeverReachReadersNorTheirCounts() {
    SearchResults results = find("escalation matrix", Language.EN);
    assertThat(results.hits()).extracting(SearchHit::slug).doesNotContain("escalation-matrix");
    assertThat(results.total()).isEqualTo(results.hits().size());
    SearchResults agent = search.search(SearchRequest.parse(Optional.of("escalation matrix"), Language.EN, Optional.empty(), Optional.empty(), true));
    assertThat(agent.hits()).extracting(SearchHit::slug).contains("escalation-matrix");
  }

  @Test
  void aMisspelledQueryGetsADidYouMeanFromTheIndexVocabulary() {
    SearchResults results = find("hold muisc", Language.EN);
    assertThat(results.didYouMean()).contains("hold music");
  }

  @Test
  void aTypoStillFindsTheArticleButBelowTheRightSpelling() {
    assertThat(find("muisc", Language.EN).hits()).extracting(SearchHit::slug).first().isEqualTo("phone-etiquette");
  }

  @Test
  void didYouMeanNeverSuggestsAWordOfAnInternalArticle() {
    // "matrix" occurs only in the internal escalation matrix.
    assertThat(find("matrx", Language.EN).didYouMean()).isEmpty();
  }

  @Test
  void queriesOfKnownWordsGetNoDidYouMean() {
    assertThat(find("caller hold phone", Language.EN).didYouMean()).isEmpty();
    // Other inflections, and Vietnamese without its diacritics, are words the index knows.
    assertThat(find("callers holding", Language.EN).didYouMean()).isEmpty();
    assertThat(find("giu may nguoi goi", Language.VI).didYouMean()).isEmpty();
    assertThat(find("Anrufern warten", Language.DE).didYouMean()).isEmpty();
  }

  @Test
  void aTypoFoundByTypoToleranceStillGetsItsRespelling() {
    SearchResults results = find("anwser the phone", Language.EN);
    assertThat(results.hits()).extracting(SearchHit::slug).contains("phone-etiquette");
    // "Answer" opens the article's sentence; the reader typed in small letters.
    assertThat(results.didYouMean()).contains("answer the phone");
  }

  @Test
  void theRespellingIsTheWordAsTheArticleWritesIt() throws Exception {
    index.replaceAll(List.of(doc("greeting", Language.DE, "Begrüßung", "Die Begrüßung am Telefon zählt.", Audience.PUBLIC, Set.of(Language.DE))), 43L);
    // The index keeps "begrussung"; a reader reads "Begrüßung".
    assertThat(find("Begrüsung", Language.DE).didYouMean()).contains("Begrüßung");
    assertThat(find("Begrussung", Language.DE).didYouMean()).isEmpty();
  }

  @Test
  void facetsCountEveryVisibleHit() {
    SearchResults results = find("caller hold", Language.EN);
    assertThat(results.facets().get("category")).containsEntry("phone-skills", results.total());
    assertThat(results.facets().get("audience")).containsOnlyKeys("public");
    assertThat(results.facets().get("type")).containsEntry("article", results.total());
    assertThat(results.facets().get("lang").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(results.total());
  }

  @Test
  void filtersNarrowHitsAndCounts() {
    SearchRequest english = SearchRequest.parse(Optional.of("caller hold phone"), Language.NB, Optional.empty(), Optional.empty(), false)
        .narrowedTo(SearchFilters.parse(Optional.empty(), Optional.of("hold"), Optional.empty(), Optional.of("en"), Optional.of("article")));
    SearchResults results = search.search(english);
    assertThat(results.hits()).isNotEmpty().allMatch(hit -> hit.language() == Language.EN);
    assertThat(results.facets().get("lang")).containsOnlyKeys("en");
    SearchRequest internal = english.narrowedTo(SearchFilters.parse(Optional.empty(), Optional.empty(), Optional.of("agent"), Optional.empty(), Optional.empty()));
    assertThat(search.search(internal).total()).isZero();
  }

  @Test
  void querySyntaxIsNeverInterpreted() {
    assertThat(find("*:*", Language.EN).total()).isZero();
    assertThat(find("audience:agent", Language.EN).hits()).extracting(SearchHit::slug).doesNotContain("escalation-matrix");
    // Operators are characters: the same words without them find exactly the same.
    assertThat(slugs(find("title:caller \"unbalanced ( [hold TO phone] {", Language.EN)))
        .isEqualTo(slugs(find("title caller unbalanced hold TO phone", Language.EN)));
    assertThat(slugs(find("/.*/ hold* ~~ ^2", Language.EN))).isEqualTo(slugs(find("hold 2", Language.EN)));
    assertThat(find("hold\" AND (caller", Language.EN).hits()).extracting(SearchHit::slug).contains("hold");
  }

  private static List<String> slugs(SearchResults results) {
    return results.hits().stream().map(SearchHit::slug).toList();
  }

  @Test
  void snippetsAreEscapedAndMarkTheMatches() throws Exception {
    index.replaceAll(
        List.of(doc("xss", Language.EN, "Markup", "Type <script>alert(1)</script> & press hold to wait.", Audience.PUBLIC, allBut())), 43L);
    SearchHit hit = find("hold", Language.EN).hits().getFirst();
    assertThat(hit.snippet()).contains("<mark>hold</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void pagingWalksThroughOwnLanguageThenFallbackHits() {
    // The German text answers two of the words, the English one the third.
    SearchResults all = search.search(SearchRequest.parse(Optional.of("Anrufer warten phone"), Language.DE, Optional.of("100"), Optional.empty(), false));
    SearchResults second = search.search(SearchRequest.parse(Optional.of("Anrufer warten phone"), Language.DE, Optional.of("1"), Optional.of("1"), false));
    assertThat(all.total()).isEqualTo(all.hits().size()).isEqualTo(2);
    assertThat(all.hits()).extracting(SearchHit::language).containsExactly(Language.DE, Language.EN);
    assertThat(second.hits()).singleElement().extracting(SearchHit::slug).isEqualTo(all.hits().get(1).slug());
    assertThat(search.search(SearchRequest.parse(Optional.of("hold"), Language.DE, Optional.empty(), Optional.of("10000"), false)).hits()).isEmpty();
  }

  @Test
  void aCorruptIndexIsWipedAndReportedForRebuild() throws Exception {
    index.close();
    try (var files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 100) {
          bytes[bytes.length / 2] ^= 0x5A;
          Files.write(file, bytes);
        }
      }
    }
    ArticleIndex reopened = new ArticleIndex();
    try {
      assertThat(reopened.open(folder)).isEmpty();
      assertThat(reopened.documentCount()).isZero();
    } finally {
      reopened.close();
    }
  }

  @Test
  void aRebuildWhileServingIsBuiltAsideAndSwappedInWhole() throws Exception {
    int before = index.generation();
    index.replaceAllAside(List.of(doc("after-rebuild", Language.EN, "Resetting a password", "Open the zorpassword page.", Audience.PUBLIC, allBut())), 77L);

    assertThat(index.generation()).isEqualTo(before + 1);
    assertThat(find("zorpassword", Language.EN).total()).isEqualTo(1);
    assertThat(find("hold", Language.EN).total()).as("the old documents are gone").isZero();
    try (var folders = Files.list(folder)) {
      assertThat(folders.map(f -> f.getFileName().toString()).toList()).containsExactly(String.valueOf(before + 1));
    }
    index.close();
    ArticleIndex reopened = new ArticleIndex();
    try {
      assertThat(reopened.open(folder)).contains(77L);
      assertThat(reopened.documentCount()).isEqualTo(1);
    } finally {
      reopened.close();
    }
  }

  @Test
  void aRebuildCutShortLeavesTheServedIndexInPlace() throws Exception {
    int served = index.generation();
    // What a crash in the middle of a rebuild leaves: a newer folder without a complete commit.
    Files.createDirectories(folder.resolve(String.valueOf(served + 1)));
    Files.writeString(folder.resolve(String.valueOf(served + 1)).resolve("_0.cfs"), "half written");
    index.close();
    ArticleIndex reopened = new ArticleIndex();
    try {
      assertThat(reopened.open(folder)).contains(42L);
      assertThat(reopened.generation()).isEqualTo(served);
      assertThat(reopened.documentCount()).isEqualTo(8);
      assertThat(Files.exists(folder.resolve(String.valueOf(served + 1)))).isFalse();
    } finally {
      reopened.close();
    }
  }

  @Test
  void anIntactIndexReportsTheChangeLogPositionItReflects() throws Exception {
    index.close();
    ArticleIndex reopened = new ArticleIndex();
    try {
      assertThat(reopened.open(folder)).contains(42L);
      assertThat(reopened.documentCount()).isEqualTo(8);
    } finally {
      reopened.close();
    }
  }
}
