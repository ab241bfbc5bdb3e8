package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The closeness bonus must score exactly what the sloppy phrase queries it replaces scored:
 * the ranking was tuned with them. Compared document by document on random texts over a small
 * vocabulary (so words repeat, overlap and stand at every distance), across several segments.
 */
class CloseWordsTest {

  private static final List<String> VOCABULARY = List.of("call", "hold", "music", "wait", "the", "caller");

  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws Exception {
    directory = new ByteBuffersDirectory();
    Random random = new Random(20261130);
    BM25Similarity similarity = new BM25Similarity(1.0f, 0.5f);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(similarity))) {
      for (int segment = 0; segment < 4; segment++) {
        for (int i = 0; i < 150; i++) {
          List<String> words = new ArrayList<>();
          int length = 1 + random.nextInt(40);
          for (int w = 0; w < length; w++) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
          }
          Document document = new Document();
          document.add(new TextField("body", String.join(" ", words), Field.Store.NO));
          if (i % 3 == 0) {
            document.add(new TextField("other", String.join(" ", words.reversed()), Field.Store.NO));
          }
          writer.addDocument(document);
        }
        writer.commit();
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity);
  }

  @AfterEach
  void close() throws Exception {
    reader.close();
    directory.close();
  }

  @Test
  void addsWhatSloppyPhraseQueriesAndStopWordQueriesScore() throws Exception {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    List<CloseWords.Pair> pairs = List.of(
        new CloseWords.Pair("body", "call", "hold", 1f),
        new CloseWords.Pair("body", "hold", "music", 0.8f),
        new CloseWords.Pair("body", "music", "call", 1.1f),
        new CloseWords.Pair("other", "wait", "caller", 0.6f),
        new CloseWords.Pair("body", "call", "absent", 1f));
    BooleanQuery stopWords = new BooleanQuery.Builder()
        .add(new BoostQuery(new TermQuery(new Term("body", "the")), 0.8f), Occur.SHOULD)
        .build();
    BooleanQuery.Builder expected = new BooleanQuery.Builder();
    stopWords.clauses().forEach(expected::add);
    for (CloseWords.Pair pair : pairs) {
      expected.add(new BoostQuery(new PhraseQuery(2, pair.field(), pair.first(), pair.second()), pair.boost()), Occur.SHOULD);
    }
    Map<Integer, Float> phraseScores = scores(expected.build());
    assertThat(phraseScores).hasSizeGreaterThan(300);

    ScoreDoc[] everyDocument = searcher.search(new MatchAllDocsQuery(), new TopScoreDocCollectorManager(reader.maxDoc(), null, Integer.MAX_VALUE)).scoreDocs;
    for (ScoreDoc doc : everyDocument) {
      doc.score = 0;
    }
    ScoreDoc[] rescored = new CloseWords(new KnownTerms(searcher, true), stopWords, pairs, 2).rescore(everyDocument, everyDocument.length);

    assertThat(rescored).hasSize(reader.maxDoc());
    for (ScoreDoc doc : rescored) {
      assertThat(doc.score).as("document %d", doc.doc).isCloseTo(phraseScores.getOrDefault(doc.doc, 0f), within(1e-4f));
    }
    for (int i = 1; i < rescored.length; i++) {
      assertThat(rescored[i].score).isLessThanOrEqualTo(rescored[i - 1].score);
    }
  }

  @Test
  void sloppyFrequencyWeighsEachCloseOccurrenceByItsDistance() {
    // "call hold": in order and adjacent counts 1; one word between counts 1/2.
    assertThat(CloseWords.sloppyFrequency(new int[] {0}, 1, new int[] {1}, 1, 2)).isEqualTo(1f);
    assertThat(CloseWords.sloppyFrequency(new int[] {0}, 1, new int[] {2}, 1, 2)).isEqualTo(0.5f);
    // Reversed and adjacent ("hold call") is two moves away: 1/3 within slop 2.
    assertThat(CloseWords.sloppyFrequency(new int[] {1}, 1, new int[] {0}, 1, 2)).isCloseTo(1f / 3, within(1e-6f));
    // Too far apart.
    assertThat(CloseWords.sloppyFrequency(new int[] {0}, 1, new int[] {9}, 1, 2)).isZero();
  }

  private Map<Integer, Float> scores(Query query) throws Exception {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc doc : searcher.search(query, new TopScoreDocCollectorManager(reader.maxDoc(), null, Integer.MAX_VALUE)).scoreDocs) {
      scores.put(doc.doc, doc.score);
    }
    return scores;
  }
}
