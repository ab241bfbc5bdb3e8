package app.guidepost.pages;

import java.util.List;

/**
 * A search page: what was asked, a problem to show instead of results, a respelling, the guides
 * that answer it and one page of articles; {@code snippet}s are sanitized HTML.
 */
public record SearchView(
    String query, String problem, String didYouMean, String didYouMeanUrl, List<Hit> guides, long total, List<Hit> hits, String previousUrl,
    String nextUrl, List<Filter> languages, List<Filter> categories) {

  /**
   * A way to narrow the results to the texts written in one language or to one category, with
   * how many there are; {@code lang} is the language of its label, {@code selected} marks the one in use.
   */
  public record Filter(String label, String lang, long count, String url, boolean selected) {}

  /** One result; {@code otherLanguage} names the language when it is not the page's. */
  public record Hit(String title, String lang, String url, String snippet, String otherLanguage) {}
}
