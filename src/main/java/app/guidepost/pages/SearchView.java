package app.guidepost.pages;

import java.util.List;

/**
 * A search page: what was asked, a problem to show instead of results, a respelling, the guides
 * that answer it and one page of articles; {@code snippet}s are sanitized HTML.
 */
public record SearchView(
    String query, String problem, String didYouMean, String didYouMeanUrl, List<Hit> guides, long total, List<Hit> hits, String previousUrl,
    String nextUrl) {

  /** One result; {@code otherLanguage} names the language when it is not the page's. */
  public record Hit(String title, String lang, String url, String snippet, String otherLanguage) {}
}
