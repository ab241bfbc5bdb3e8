package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
  private final boolean includeInternal;
  private final Map<Term, TermStates> states = new HashMap<>();
  private final Map<Term, Boolean> visible = new HashMap<>();

  /**
   * @param includeInternal whether the searcher may see internal documents: when not, a word
   *     only internal documents hold is unknown to this search
   */
  KnownTerms(IndexSearcher searcher, boolean includeInternal) {
    this.searcher = searcher;
    this.includeInternal = includeInternal;
  }

  /**
   * Whether a document the searcher may see holds {@code term}. Every choice a search makes
   * from the vocabulary (is a word a typo, is it a compound's part, what to respell it to) asks
   * this, never the index as a whole: otherwise what a reader gets back (a count, a respelling)
   * would tell them whether some internal article holds a word they guessed.
   */
  boolean visible(Term term) {
    if (of(term).docFreq() == 0) {
      return false;
    }
    return includeInternal || visible.computeIfAbsent(term, this::inPublicDocument);
  }

  private boolean inPublicDocument(Term term) {
    try {
      return searcher.count(new BooleanQuery.Builder()
          .add(query(term), Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())), Occur.FILTER)
          .build()) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean includesInternal() {
    return includeInternal;
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
