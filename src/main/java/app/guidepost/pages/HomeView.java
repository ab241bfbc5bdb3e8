package app.guidepost.pages;

import java.util.List;

/** The help center's front page: the guides, and the articles updated last. */
public record HomeView(List<GuideLink> guides, List<ArticleLink> recent) {

  /** A guide to start. */
  public record GuideLink(String title, String summary, String lang, String url) {}

  /** An article to open; {@code updated} is already formatted for the page's language. */
  public record ArticleLink(String title, String lang, String url, String updated) {}
}
