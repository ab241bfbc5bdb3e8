package app.guidepost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The stock Lucene baseline of a relevance set: every article translation in one field per
 * language (title and body, the language's stock analyzer; for Vietnamese the ICU tokenizer and
 * ICU folding), BM25, and each query analysed by every field's analyzer and matched in all of
 * them, as a plain multilingual Lucene search does. Writes a run file for the shared scorer.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=app.guidepost.bench.StockLuceneRun -Dbench.args="CONTENT QUERIES OUT"</pre>
 */
public final class StockLuceneRun {

  private static final List<String> LANGUAGES = List.of("en", "de", "vi", "ar", "nb");

  private StockLuceneRun() {}

  public static void main(String[] args) throws Exception {
    String[] parts = args.length == 1 ? args[0].trim().split("\\s+") : args;
    if (parts.length != 3) {
      throw new IllegalArgumentException("usage: StockLuceneRun CONTENT_FOLDER QUERIES_TSV OUT_JSONL");
    }
    Path articles = Path.of(parts[0]).resolve("articles");
    Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        "text_en", new EnglishAnalyzer(),
        "text_de", new GermanAnalyzer(),
        "text_ar", new ArabicAnalyzer(),
        "text_nb", new NorwegianAnalyzer(),
        "text_vi", new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            ICUTokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
          }
        }));
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        var slugs = Files.list(articles)) {
      for (Path slug : slugs.sorted().toList()) {
        for (String language : LANGUAGES) {
          Path file = slug.resolve(language + ".md");
          if (Files.exists(file)) {
            String text = Files.readString(file);
            int end = text.indexOf("\n---", 3);
            String front = text.substring(0, end);
            String body = text.substring(end + 4);
            String title = front.lines().filter(l -> l.startsWith("title:")).findFirst().orElse("title: ").substring(6).strip();
            Document document = new Document();
            document.add(new StoredField("slug", slug.getFileName().toString()));
            document.add(new StoredField("lang", language));
            document.add(new TextField("text_" + language, title + "\n" + body, Field.Store.NO));
            writer.addDocument(document);
          }
        }
      }
    }
    List<String> lines = Files.readAllLines(Path.of(parts[1]));
    List<String> run = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.split("\t");
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String language : LANGUAGES) {
          for (String word : words(analyzer, "text_" + language, columns[2])) {
            query.add(new TermQuery(new Term("text_" + language, word)), Occur.SHOULD);
          }
        }
        StringBuilder hits = new StringBuilder();
        for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
          Document document = searcher.storedFields().document(hit.doc);
          hits.append(hits.isEmpty() ? "" : ",").append("{\"article\":\"").append(document.get("slug"))
              .append("\",\"lang\":\"").append(document.get("lang")).append("\"}");
        }
        run.add("{\"qid\":\"" + columns[0].replace("\"", "") + "\",\"hits\":[" + hits + "]}");
      }
    }
    Files.write(Path.of(parts[2]), run);
    System.out.println(run.size() + " queries answered into " + parts[2]);
  }

  private static List<String> words(Analyzer analyzer, String field, String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
