package app.guidepost.api;

import app.guidepost.search.SearchHit;
import app.guidepost.search.SearchResults;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/search}, as fixed by the contract. */
@JsonbPropertyOrder({"query", "lang", "total", "hits", "didYouMean", "facets", "guides"})
public record SearchResponse(
    String query, String lang, long total, List<Hit> hits, String didYouMean, Map<String, Map<String, Long>> facets, List<Hit> guides) {

  /**
   * One hit; {@code lang} is the language of the text found, which may not be the searcher's.
   * An article names its slug in {@code article}, a guide in {@code guide}.
   */
  @JsonbPropertyOrder({"type", "article", "guide", "lang", "title", "summary", "snippet", "score", "url"})
  public record Hit(String type, String article, String guide, String lang, String title, String summary, String snippet, float score, String url) {
    static Hit of(SearchHit hit) {
      boolean guide = hit.isGuide();
      return new Hit(
          hit.type(),
          guide ? null : hit.slug(),
          guide ? hit.slug() : null,
          hit.language().code(),
          hit.title(),
          hit.summary().orElse(null),
          hit.snippet(),
          hit.score(),
          guide ? ArticleLinks.guidePage(hit.language(), hit.slug()) : ArticleLinks.page(hit.language(), hit.slug()));
    }
  }

  static SearchResponse of(SearchResults results) {
    return new SearchResponse(
        results.request().text(),
        results.request().language().code(),
        results.total(),
        results.hits().stream().map(Hit::of).toList(),
        results.didYouMean().orElse(null),
        results.facets(),
        results.guides().stream().map(Hit::of).toList());
  }
}
