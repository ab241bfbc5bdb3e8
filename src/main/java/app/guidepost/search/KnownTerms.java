package app.guidepost.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The words of one search as the index knows them: their statistics and where each segment
 * keeps them, looked up once. Every pass of the search (ranking, counting, the closeness bonus,
 * guides) then reads them from here; without it, each pass seeks every word in every segment
 * again, which on a large index is a good part of a search. One instance per search and thread.
 */
final class KnownTerms {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  KnownTerms(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** Where {@code term} is in each segment, with its document and term frequencies. */
  TermStates of(Term term) {
    return states.computeIfAbsent(term, this::lookUp);
  }

  /** A term query that will not look its term up again. */
  TermQuery query(Term term) {
    return new TermQuery(term, of(term));
  }

  private TermStates lookUp(Term term) {
    try {
      return TermStates.build(searcher, term, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
