package app.guidepost.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of hits, how many there are in all (after the visibility filter), and for a query
 * with few or no hits a corrected query built from the index's own (visible) vocabulary.
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, Optional<String> didYouMean) {
  public SearchResults {
    hits = List.copyOf(hits);
  }

  public SearchResults(SearchRequest request, long total, List<SearchHit> hits) {
    this(request, total, hits, Optional.empty());
  }
}
