package app.guidepost.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage, the same k1, b and pivot, the same score),
 * without its allocation: the stock scorer builds a hash of the passage's terms, with a 32 KB
 * block, for every candidate passage of every hit; profiling showed a fifth of the snippets'
 * time there. A passage holds a handful of matched terms, which a scan of a small array finds
 * sooner than a hash.
 */
final class LeanPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] firstOfTerm = new int[matches];
    int[] freqsInPassage = new int[matches];
    int unique = 0;
    for (int i = 0; i < matches; i++) {
      int k = 0;
      while (k < unique && !terms[firstOfTerm[k]].bytesEquals(terms[i])) {
        k++;
      }
      if (k == unique) {
        firstOfTerm[unique++] = i;
      }
      freqsInPassage[k]++;
    }
    // As the stock scorer: summed in double, a term's frequency in the document the one its first match carries.
    double score = 0;
    for (int k = 0; k < unique; k++) {
      score += tf(freqsInPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[firstOfTerm[k]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
