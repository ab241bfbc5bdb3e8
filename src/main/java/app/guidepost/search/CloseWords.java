package app.guidepost.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IOSupplier;

/**
 * The bonus a hit earns on top of its words' score: for each two neighbouring query words
 * found close together in its text, and for the stop words it shares with the query. A pair
 * scores what a sloppy phrase query of the two words would (the same BM25 statistics, the same
 * sloppy frequency), but only for the best candidates of a search and from the positions of
 * words already looked up for it: a phrase query per pair would look every word up again in
 * every segment and walk every document that has both words.
 */
final class CloseWords {

  /** Two neighbouring words of a query in one field, and the weight of finding them close. */
  record Pair(String field, String first, String second, float boost) {}

  private final KnownTerms terms;
  private final BooleanQuery stopWords;
  private final List<Pair> pairs;
  private final int slop;

  CloseWords(KnownTerms terms, BooleanQuery stopWords, List<Pair> pairs, int slop) {
    this.terms = terms;
    this.stopWords = stopWords;
    this.pairs = List.copyOf(pairs);
    this.slop = slop;
  }

  /** The same bonus for the words of several queries at once (their fields never overlap). */
  static CloseWords combined(KnownTerms terms, List<CloseWords> each, int slop) {
    BooleanQuery.Builder stopWords = new BooleanQuery.Builder();
    List<Pair> pairs = new ArrayList<>();
    for (CloseWords bonus : each) {
      bonus.stopWords.clauses().forEach(stopWords::add);
      pairs.addAll(bonus.pairs);
    }
    return new CloseWords(terms, stopWords.build(), pairs, slop);
  }

  /** {@code candidates} with their bonus added, best first (ties by document), at most {@code n}. */
  ScoreDoc[] rescore(ScoreDoc[] candidates, int n) throws IOException {
    IndexSearcher searcher = terms.searcher();
    ScoreDoc[] byDoc = candidates.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(doc -> doc.doc));
    Weight stopWordWeight = stopWords.clauses().isEmpty() ? null : searcher.createWeight(stopWords, ScoreMode.COMPLETE, 1f);
    List<ScoredPair> scored = scoredPairs(searcher);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
    int from = 0;
    while (from < byDoc.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[from].doc, leaves));
      int to = from;
      while (to < byDoc.length && byDoc[to].doc < leaf.docBase + leaf.reader().maxDoc()) {
        to++;
      }
      InLeaf inLeaf = new InLeaf(leaf, stopWordWeight == null ? null : stopWordWeight.scorer(leaf));
      for (int i = from; i < to; i++) {
        int doc = byDoc[i].doc - leaf.docBase;
        float bonus = inLeaf.stopWordScore(doc);
        for (ScoredPair pair : scored) {
          bonus += inLeaf.pairScore(pair, doc);
        }
        rescored[i] = new ScoreDoc(byDoc[i].doc, byDoc[i].score + bonus, byDoc[i].shardIndex);
      }
      from = to;
    }
    Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc doc) -> -doc.score).thenComparingInt(doc -> doc.doc));
    return Arrays.copyOf(rescored, Math.min(n, rescored.length));
  }

  /** A pair with its statistics; pairs with a word the index lacks can never match and are left out. */
  private record ScoredPair(Pair pair, Term first, Term second, SimScorer scorer) {}

  private List<ScoredPair> scoredPairs(IndexSearcher searcher) throws IOException {
    List<ScoredPair> scored = new ArrayList<>();
    for (Pair pair : pairs) {
      Term first = new Term(pair.field(), pair.first());
      Term second = new Term(pair.field(), pair.second());
      TermStates firstStates = terms.of(first);
      TermStates secondStates = terms.of(second);
      CollectionStatistics field = searcher.collectionStatistics(pair.field());
      if (firstStates.docFreq() == 0 || secondStates.docFreq() == 0 || field == null) {
        continue;
      }
      SimScorer scorer = searcher.getSimilarity().scorer(pair.boost(), field,
          searcher.termStatistics(first, firstStates.docFreq(), firstStates.totalTermFreq()),
          searcher.termStatistics(second, secondStates.docFreq(), secondStates.totalTermFreq()));
      scored.add(new ScoredPair(pair, first, second, scorer));
    }
    return scored;
  }

  /** The postings and norms of one segment, read forward as the candidates go up by document. */
  private final class InLeaf {
    private final LeafReaderContext leaf;
    private final Scorer stopWordScorer;
    private final Map<Term, Positions> positions = new HashMap<>();
    private final Map<String, Norms> norms = new HashMap<>();

    InLeaf(LeafReaderContext leaf, Scorer stopWordScorer) {
      this.leaf = leaf;
      this.stopWordScorer = stopWordScorer;
    }

    float stopWordScore(int doc) throws IOException {
      if (stopWordScorer == null) {
        return 0;
      }
      DocIdSetIterator iterator = stopWordScorer.iterator();
      int at = iterator.docID() < doc ? iterator.advance(doc) : iterator.docID();
      return at == doc ? stopWordScorer.score() : 0;
    }

    float pairScore(ScoredPair scored, int doc) throws IOException {
      Positions first = positions(scored.first());
      Positions second = positions(scored.second());
      if (!first.load(doc) || !second.load(doc)) {
        return 0;
      }
      float freq = sloppyFrequency(first.positions, first.count, second.positions, second.count, slop);
      return freq == 0 ? 0 : scored.scorer().score(freq, norms.computeIfAbsent(scored.pair().field(), this::norms).at(doc));
    }

    private Positions positions(Term term) throws IOException {
      Positions known = positions.get(term);
      if (known == null) {
        known = new Positions(postings(term));
        positions.put(term, known);
      }
      return known;
    }

    private PostingsEnum postings(Term term) throws IOException {
      IOSupplier<TermState> inLeaf = terms.of(term).get(leaf);
      TermState state = inLeaf == null ? null : inLeaf.get();
      Terms fieldTerms = leaf.reader().terms(term.field());
      if (state == null || fieldTerms == null) {
        return null;
      }
      TermsEnum iterator = fieldTerms.iterator();
      iterator.seekExact(term.bytes(), state);
      return iterator.postings(null, PostingsEnum.POSITIONS);
    }

    private Norms norms(String field) {
      try {
        return new Norms(leaf.reader().getNormValues(field));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** One word's positions in the current document. */
  private static final class Positions {
    private final PostingsEnum postings;
    private int[] positions = new int[8];
    private int count;
    private int loadedFor = -1;

    Positions(PostingsEnum postings) {
      this.postings = postings;
    }

    /** Reads the positions in {@code doc}, forward only; false when the word is not in it. */
    boolean load(int doc) throws IOException {
      if (postings == null) {
        return false;
      }
      if (loadedFor != doc) {
        loadedFor = doc;
        count = 0;
        int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
        if (at == doc) {
          int freq = postings.freq();
          positions = ArrayUtil.grow(positions, freq);
          for (int i = 0; i < freq; i++) {
            positions[i] = postings.nextPosition();
          }
          count = freq;
        }
      }
      return count > 0;
    }
  }

  /** A field's length norm per document, as the similarity scores with it. */
  private static final class Norms {
    private final NumericDocValues values;
    private int doc = -1;
    private long norm = 1L;

    Norms(NumericDocValues values) {
      this.values = values;
    }

    long at(int target) throws IOException {
      if (values != null && target != doc) {
        doc = target;
        norm = values.advanceExact(target) ? values.longValue() : 1L;
      }
      return norm;
    }
  }

  /**
   * How often two words occur in this order within {@code slop} moves of each other, each
   * occurrence weighted 1 / (1 + distance): Lucene's sloppy phrase frequency for a phrase of
   * two different words, walked the same way (the earlier of the two advances until it passes
   * the other, keeping the shortest span).
   */
  static float sloppyFrequency(int[] first, int firstCount, int[] second, int secondCount, int slop) {
    // Phrase positions: the second word stands one place after the first.
    int[][] positions = {first, second};
    int[] counts = {firstCount, secondCount};
    int[] index = {0, 0};
    int[] at = {first[0], second[0] - 1};
    int end = Math.max(at[0], at[1]);
    float frequency = 0;
    boolean more = true;
    while (more) {
      int lead = earlier(at);
      int matchLength = end - at[lead];
      int next = at[1 - lead];
      boolean match = false;
      while (true) {
        if (index[lead] + 1 >= counts[lead]) {
          more = false;
          match = matchLength <= slop;
          break;
        }
        index[lead]++;
        at[lead] = positions[lead][index[lead]] - lead;
        end = Math.max(end, at[lead]);
        if (at[lead] > next) {
          if (matchLength <= slop) {
            match = true;
            break;
          }
          lead = earlier(at);
          next = at[1 - lead];
          matchLength = end - at[lead];
        } else {
          matchLength = Math.min(matchLength, end - at[lead]);
        }
      }
      if (match) {
        frequency += 1f / (1f + matchLength);
      }
    }
    return frequency;
  }

  /** Which of the two comes first; at the same place, the first word. */
  private static int earlier(int[] at) {
    return at[1] < at[0] ? 1 : 0;
  }
}
