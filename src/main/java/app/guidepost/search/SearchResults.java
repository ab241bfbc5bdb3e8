package app.guidepost.search;

import java.util.List;

/** One page of hits, and how many there are in all (after the visibility filter). */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
