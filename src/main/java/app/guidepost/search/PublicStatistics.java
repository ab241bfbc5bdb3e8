package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.search.index.IndexFields;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;

/**
 * Scores for readers without an account from the public documents only. BM25 weighs a word by
 * how many documents hold it; counted over the whole index, a score would change when an
 * internal article gains or loses a word, and a reader comparing scores could tell whether some
 * internal article holds a word they guessed. For them, a word's document frequency is the
 * number of public documents holding it (at least 1, whatever internal ones hold), counted once
 * per index state and kept, bounded.
 */
final class PublicStatistics {

  private static final int MAX_KEPT = 50_000;

  private record ForReader(IndexReader reader, ConcurrentHashMap<Term, Integer> docFreqs) {}

  private volatile ForReader current = new ForReader(null, new ConcurrentHashMap<>());

  /** A searcher over the same index state whose term statistics count public documents only. */
  IndexSearcher over(IndexSearcher searcher) {
    ForReader known = current;
    if (known.reader() != searcher.getIndexReader()) {
      known = new ForReader(searcher.getIndexReader(), new ConcurrentHashMap<>());
      current = known;
    }
    ConcurrentHashMap<Term, Integer> docFreqs = known.docFreqs();
    IndexSearcher publicScoring = new IndexSearcher(searcher.getIndexReader()) {
      @Override
      public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        Integer counted = docFreqs.get(term);
        if (counted == null) {
          counted = Math.max(1, count(term));
          if (docFreqs.size() >= MAX_KEPT) {
            docFreqs.clear();
          }
          docFreqs.put(term, counted);
        }
        return new TermStatistics(term.bytes(), counted, Math.max(counted, totalTermFreq));
      }

      private int count(Term term) throws IOException {
        return super.count(new BooleanQuery.Builder()
            .add(new TermQuery(term), Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())), Occur.FILTER)
            .build());
      }
    };
    publicScoring.setSimilarity(searcher.getSimilarity());
    return publicScoring;
  }
}
