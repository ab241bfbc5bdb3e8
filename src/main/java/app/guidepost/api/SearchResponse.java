package app.guidepost.api;

import app.guidepost.search.SearchHit;
import app.guidepost.search.SearchResults;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/search}, as fixed by the contract. */
@JsonbPropertyOrder({"query", "lang", "total", "hits", "didYouMean", "facets"})
public record SearchResponse(String query, String lang, long total, List<Hit> hits, String didYouMean, Map<String, Map<String, Long>> facets) {

  /** One hit; {@code lang} is the language of the text found, which may not be the searcher's. */
  @JsonbPropertyOrder({"article", "lang", "title", "summary", "snippet", "score", "url"})
  public record Hit(String article, String lang, String title, String summary, String snippet, float score, String url) {
    static Hit of(SearchHit hit) {
      return new Hit(
          hit.slug(),
          hit.language().code(),
          hit.title(),
          hit.summary().orElse(null),
          hit.snippet(),
          hit.score(),
          ArticleLinks.page(hit.language(), hit.slug()));
    }
  }

  static SearchResponse of(SearchResults results) {
    return new SearchResponse(
        results.request().text(),
        results.request().language().code(),
        results.total(),
        results.hits().stream().map(Hit::of).toList(),
        results.didYouMean().orElse(null),
        results.facets());
  }
}
