package app.guidepost.api;

import app.guidepost.i18n.Language;
import app.guidepost.search.Listings;
import java.util.List;

/**
 * The body of {@code GET /api/articles}: one page of the list of every article, one entry per
 * article, in the reader's language where it exists; {@code total} counts them all.
 */
public record ArticleList(String lang, long total, int offset, int limit, List<Item> items) {

  /** An article as listed: the translation a reader of {@code lang} would be shown. */
  public record Item(String slug, String lang, String title, String summary, String category, List<String> tags, List<String> languages, String url) {
    static Item of(Listings.ListedArticle article) {
      Listings.Listed shown = article.shown();
      return new Item(
          shown.slug(),
          shown.language().code(),
          shown.title(),
          shown.summary().orElse(null),
          shown.category().orElse(null),
          article.tags(),
          article.languages().stream().map(Language::code).toList(),
          ArticleLinks.api(shown.language(), shown.slug()));
    }
  }
}
