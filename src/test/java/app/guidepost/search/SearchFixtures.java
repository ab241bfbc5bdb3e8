package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexedTranslation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Documents for search tests. */
final class SearchFixtures {

  private SearchFixtures() {}

  /** A public article in {@code language} that serves readers of that language only. */
  static IndexedTranslation ownLanguage(String slug, Language language, String title, Optional<String> summary, String body) {
    return new IndexedTranslation(slug, language, title, summary, Optional.empty(), List.of(), Audience.PUBLIC, body, EnumSet.of(language));
  }

  /** A public English article that serves every reader language. */
  static IndexedTranslation english(String slug, String title, String body) {
    return new IndexedTranslation(slug, Language.EN, title, Optional.empty(), Optional.empty(), List.of(), Audience.PUBLIC, body,
        EnumSet.allOf(Language.class));
  }

  /** The slugs {@code search} finds for {@code query} typed by a reader of {@code reader}, best first (ten at most). */
  static List<String> slugs(ArticleSearch search, String query, Language reader) {
    return search.search(new SearchRequest(query, reader, 10, 0, false)).hits().stream().map(SearchHit::slug).toList();
  }
}
