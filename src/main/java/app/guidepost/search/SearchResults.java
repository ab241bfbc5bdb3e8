package app.guidepost.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of hits (articles, or guides when only guides were asked for), the guides that
 * answer the query best (shown beside the articles), how many there are in all (after the visibility filter), the facet counts
 * of all hits (field, value, count), and for a query with few or no hits a corrected query
 * built from the index's own (visible) vocabulary.
 */
public record SearchResults(
    SearchRequest request,
    long total,
    long inReaderLanguage,
    List<SearchHit> hits,
    Optional<String> didYouMean,
    Map<String, Map<String, Long>> facets,
    List<SearchHit> guides) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    guides = List.copyOf(guides);
  }

  /** No hits at all: nothing to count. */
  public static SearchResults none(SearchRequest request, Optional<String> didYouMean) {
    return new SearchResults(request, 0, 0, List.of(), didYouMean, Map.of(), List.of());
  }

  /** Results exist, but none in the reader's language: an answer only another language gave. */
  public boolean answeredOnlyInOtherLanguages() {
    return total > 0 && inReaderLanguage == 0;
  }
}
