package app.guidepost.api;

import app.guidepost.article.Article;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import java.util.List;

/** The body of {@code GET /api/articles}: one entry per article, in the reader's language where it exists. */
public record ArticleList(String lang, int total, List<Item> items) {

  /** An article as listed: the translation a reader of {@code lang} would be shown. */
  public record Item(String slug, String lang, String title, String summary, String category, List<String> tags, List<String> languages, String url) {
    static Item of(Article article, Translation shown) {
      return new Item(
          article.slug().value(),
          shown.language().code(),
          shown.title(),
          shown.summary().orElse(null),
          shown.category().map(Slug::value).orElse(null),
          shown.tags(),
          article.published().stream().map(t -> t.language().code()).toList(),
          ArticleLinks.api(shown.language(), article.slug().value()));
    }
  }
}
