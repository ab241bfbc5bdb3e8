package app.guidepost.pages;

import java.util.List;
import java.util.Map;

/**
 * A search page: what was asked, a problem to show instead of results, a respelling, the guides
 * that answer it, one page of results, the filters that narrow them and the filters in use that
 * the page has no choices for ({@code kept}, sent again with every choice); {@code snippet}s
 * are sanitized HTML.
 */
public record SearchView(
    String query, String problem, String didYouMean, String didYouMeanUrl, List<Hit> guides, long total, List<Hit> hits, String previousUrl,
    String nextUrl, List<FilterGroup> filters, Map<String, String> kept) {

  static SearchView empty(String query) {
    return new SearchView(query, null, null, null, List.of(), 0, List.of(), null, null, List.of(), Map.of());
  }

  SearchView withProblem(String detail) {
    return new SearchView(query, detail, null, null, List.of(), 0, List.of(), null, null, List.of(), Map.of());
  }

  /**
   * One way of narrowing the results, sent as the query parameter {@code name} (the API's
   * filter names), with its choices.
   */
  public record FilterGroup(String name, String legend, List<Filter> choices) {
    /** Worth showing when it has a choice to make, or one is already made. */
    boolean worthShowing() {
      return choices.size() > 2 || choices.stream().anyMatch(choice -> choice.selected() && !choice.value().isEmpty());
    }
  }

  /**
   * A choice of a filter with how many results it leaves; {@code lang} is the language of its
   * label, {@code value} the parameter's value (empty for all), {@code selected} marks the one in use.
   */
  public record Filter(String label, String lang, String value, long count, boolean selected) {
    static Filter all(String label, long count, boolean selected) {
      return new Filter(label, null, "", count, selected);
    }
  }

  /** One result; {@code otherLanguage} names the language when it is not the page's. */
  public record Hit(String title, String lang, String url, String snippet, String otherLanguage) {}
}
