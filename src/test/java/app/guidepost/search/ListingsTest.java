package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help center's lists read from the index: what a reader is shown, public articles only. */
class ListingsTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();
  private Listings listings;

  private static IndexedTranslation article(String slug, Language language, String category, Audience audience, Set<Language> serves, String updated) {
    return new IndexedTranslation(slug, language, "Title of " + slug + " (" + language.code() + ")", Optional.of("About " + slug), Optional.of(category),
        List.of(), audience, "Body of " + slug, serves, IndexedTranslation.ARTICLE, Optional.of(Instant.parse(updated)));
  }

  @BeforeEach
  void build() throws Exception {
    index.open(folder);
    EnumSet<Language> allButVi = EnumSet.complementOf(EnumSet.of(Language.VI));
    index.replaceAll(
        List.of(
            article("hold", Language.EN, "phone-skills", Audience.PUBLIC, allButVi, "2026-11-01T10:00:00Z"),
            article("hold", Language.VI, "phone-skills", Audience.PUBLIC, Set.of(Language.VI), "2026-11-20T10:00:00Z"),
            article("greeting", Language.EN, "phone-skills", Audience.PUBLIC, EnumSet.allOf(Language.class), "2026-11-10T10:00:00Z"),
            article("upset-customer", Language.EN, "difficult-calls", Audience.PUBLIC, EnumSet.allOf(Language.class), "2026-11-05T10:00:00Z"),
            article("escalation-matrix", Language.EN, "difficult-calls", Audience.AGENT, EnumSet.allOf(Language.class), "2026-11-29T10:00:00Z"),
            new IndexedTranslation("cant-get-online", Language.EN, "I can't get online", Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC,
                "Check the cable.", EnumSet.allOf(Language.class), IndexedTranslation.GUIDE)),
        1L);
    listings = Listings.over(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static IndexedTranslation titled(String slug, Language language, String title, List<String> tags, Audience audience, Set<Language> serves) {
    return new IndexedTranslation(slug, language, title, Optional.empty(), Optional.empty(), tags, audience, "Body of " + slug, serves,
        IndexedTranslation.ARTICLE, Optional.of(Instant.parse("2026-11-01T10:00:00Z")));
  }

  @Test
  void everyArticleIsListedOnceInTheReadersCollationOrderAPageAtATime() throws Exception {
    EnumSet<Language> all = EnumSet.allOf(Language.class);
    index.replaceAll(List.of(
        titled("zebra", Language.EN, "Zebra crossing", List.of("roads"), Audience.PUBLIC, all),
        titled("apple", Language.EN, "apple pie", List.of(), Audience.PUBLIC, all),
        titled("aepfel", Language.EN, "Apples", List.of("fruit"), Audience.PUBLIC, EnumSet.complementOf(EnumSet.of(Language.DE))),
        titled("aepfel", Language.DE, "Äpfel", List.of("obst", "fruit"), Audience.PUBLIC, EnumSet.of(Language.DE)),
        titled("matrix", Language.EN, "Matrix for duty managers", List.of(), Audience.AGENT, all)), 2L);

    // German order puts "Äpfel" among the a's (before "apple pie": f before p), not after "Zebra" as code points would.
    Listings.ArticlePage german = listings.everyArticle(Language.DE, false, 0, 10);
    assertThat(german.total()).isEqualTo(3);
    assertThat(german.items()).extracting(item -> item.shown().title()).containsExactly("Äpfel", "apple pie", "Zebra crossing");
    Listings.ListedArticle apples = german.items().get(0);
    assertThat(apples.shown().language()).isEqualTo(Language.DE);
    assertThat(apples.tags()).containsExactly("obst", "fruit");
    assertThat(apples.languages()).containsExactlyInAnyOrder(Language.EN, Language.DE);
    assertThat(listings.everyArticle(Language.EN, false, 0, 10).items()).extracting(item -> item.shown().title())
        .containsExactly("apple pie", "Apples", "Zebra crossing");

    Listings.ArticlePage second = listings.everyArticle(Language.DE, false, 1, 1);
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.items()).extracting(item -> item.shown().slug()).containsExactly("apple");
    assertThat(listings.everyArticle(Language.DE, false, 3, 10).items()).isEmpty();

    assertThat(listings.everyArticle(Language.DE, true, 0, 10).items()).extracting(item -> item.shown().title())
        .containsExactly("Äpfel", "apple pie", "Matrix for duty managers", "Zebra crossing");

    // The order is kept per index state: a new article is listed at its place as soon as the index has it.
    index.replaceAll(List.of(
        titled("zebra", Language.EN, "Zebra crossing", List.of("roads"), Audience.PUBLIC, all),
        titled("apple", Language.EN, "apple pie", List.of(), Audience.PUBLIC, all),
        titled("banana", Language.EN, "Banana bread", List.of(), Audience.PUBLIC, all)), 3L);
    assertThat(listings.everyArticle(Language.DE, false, 0, 10).items()).extracting(item -> item.shown().title())
        .containsExactly("apple pie", "Banana bread", "Zebra crossing");
  }

  @Test
  void categoriesCountThePublicArticlesAReaderIsShownOnce() {
    assertThat(listings.categories(Language.VI)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("phone-skills", 2L, "difficult-calls", 1L));
    assertThat(listings.categories(Language.EN)).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("phone-skills", 2L, "difficult-calls", 1L));
  }

  @Test
  void recentlyUpdatedIsNewestFirstInTheReadersTranslationAndLeavesInternalArticlesOut() {
    assertThat(listings.recentlyUpdated(Language.VI, 10)).extracting(Listings.Listed::slug, Listings.Listed::language)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hold", Language.VI),
            org.assertj.core.groups.Tuple.tuple("greeting", Language.EN),
            org.assertj.core.groups.Tuple.tuple("upset-customer", Language.EN));
    assertThat(listings.recentlyUpdated(Language.EN, 2)).extracting(Listings.Listed::slug).containsExactly("greeting", "upset-customer");
    assertThat(listings.recentlyUpdated(Language.EN, 1).getFirst().updated()).contains(Instant.parse("2026-11-10T10:00:00Z"));
  }

  @Test
  void aCategoryListsItsPublicArticlesAndBySlugFindsOnlyWhatIsShown() {
    assertThat(listings.inCategory(Language.DE, "difficult-calls")).extracting(Listings.Listed::slug).containsExactly("upset-customer");
    assertThat(listings.inCategory(Language.DE, "phone-skills")).extracting(Listings.Listed::title)
        .containsExactlyInAnyOrder("Title of hold (en)", "Title of greeting (en)");
    assertThat(listings.bySlug(Language.VI, List.of("hold", "escalation-matrix", "cant-get-online", "missing")))
        .containsOnlyKeys("hold")
        .hasEntrySatisfying("hold", listed -> assertThat(listed.language()).isEqualTo(Language.VI));
  }

  @Test
  void everyPublicTranslationIsListedOnceAndNoInternalOneOrGuide() {
    assertThat(listings.everyPublicTranslation()).extracting(listed -> listed.slug() + "/" + listed.language().code())
        .containsExactlyInAnyOrder("hold/en", "hold/vi", "greeting/en", "upset-customer/en");
  }

  private static IndexedTranslation printing(String slug, String title, String body, Audience audience, String updated) {
    return new IndexedTranslation(slug, Language.EN, title, Optional.empty(), Optional.of("printing"), List.of(), audience, body,
        EnumSet.allOf(Language.class), IndexedTranslation.ARTICLE, Optional.of(Instant.parse(updated)));
  }

  @Test
  void moreInATopicNamesTheArticlesMostAlikeFirstThenTheNewest() throws Exception {
    index.replaceAll(List.of(
        printing("printer-queue", "Clear a stuck printer queue",
            "When documents wait in the printer queue and nothing prints, restart the print spooler service and delete the stuck job.",
            Audience.PUBLIC, "2026-10-01T10:00:00Z"),
        printing("printer-driver", "Reinstall a printer driver",
            "If the printer prints garbled pages after an update, remove the printer driver, restart the print spooler and install the driver again.",
            Audience.PUBLIC, "2026-09-01T10:00:00Z"),
        printing("order-toner", "Order toner and paper", "Supplies are ordered through the facilities portal; delivery takes two days.",
            Audience.PUBLIC, "2026-11-20T10:00:00Z"),
        printing("scan-to-email", "Scan to email", "Put the originals face down, choose Email on the panel and type the address.",
            Audience.PUBLIC, "2026-11-10T10:00:00Z"),
        printing("spooler-internals", "Print spooler internals for second line",
            "The print spooler keeps stuck jobs in the queue folder; second line can restart the spooler remotely.",
            Audience.AGENT, "2026-11-25T10:00:00Z"),
        article("greeting", Language.EN, "phone-skills", Audience.PUBLIC, EnumSet.allOf(Language.class), "2026-11-28T10:00:00Z")), 2L);

    // Newest first would put toner and scanning first; the printer article is about the spooler and the queue.
    assertThat(listings.moreInCategory(Language.EN, "printing", "printer-queue", 5)).extracting(Listings.Listed::slug)
        .containsExactly("printer-driver", "order-toner", "scan-to-email");
    assertThat(listings.moreInCategory(Language.EN, "printing", "printer-queue", 1)).extracting(Listings.Listed::slug)
        .containsExactly("printer-driver");
    // A reader of another language is shown the same English articles, in the same order.
    assertThat(listings.moreInCategory(Language.VI, "printing", "printer-queue", 2)).extracting(Listings.Listed::slug)
        .containsExactly("printer-driver", "order-toner");
    // Nothing in common with the others: the topic's newest.
    assertThat(listings.moreInCategory(Language.EN, "printing", "scan-to-email", 2)).extracting(Listings.Listed::slug)
        .containsExactly("order-toner", "printer-queue");
  }
}
