package app.guidepost.pages;

import java.util.List;

/**
 * The help center's front page: the guides, the categories, the articles read most lately and
 * those updated last.
 */
public record HomeView(List<GuideLink> guides, List<CategoryLink> categories, List<ArticleLink> popular, List<ArticleLink> recent) {

  /** A guide to start. */
  public record GuideLink(String title, String summary, String lang, String url) {}

  /** A category and how many articles it holds; {@code lang} is the language of its name. */
  public record CategoryLink(String name, String lang, int articles, String url, String icon) {}

  /** An article to open; {@code updated} is already formatted for the page's language. */
  public record ArticleLink(String title, String lang, String url, String updated) {}
}
