import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
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
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline of issue 17: what a plain Lucene server answers {@code GET /api/search} with,
 * on the same content folder and in the contract's JSON shape, so that Guidepost's cost per
 * search can be read against it (bench/compare.sh).
 *
 * <p>It is stock Lucene done properly, not a straw man: each translation in one field of its
 * language with that language's stock analyzer (ICU folding for Vietnamese, so queries without
 * diacritics match), BM25, the query analysed for every language and matched in all of them
 * (the reader's language weighted double, as the contract puts it first), each article once,
 * and a highlighted snippet cut by the unified highlighter from offsets kept in the postings;
 * the index memory-mapped from disk in one segment, as Guidepost keeps its own. {@code total}
 * counts matching translations (Guidepost's counts articles), from Lucene's bounded count.
 * What it leaves out is what Guidepost adds: typo tolerance, compounds, the glossary and
 * lexicon, facets, guides, "did you mean", analytics, and a database behind the index.
 *
 * <p>Runs from source, without Maven ({@code bench/compare.sh} builds the class path):
 * <pre>java -cp LUCENE_JARS bench/rawlucene/RawLuceneServer.java --port 18290 --content content [--threads 4]</pre>
 */
public final class RawLuceneServer {

  private static final List<String> LANGUAGES = List.of("en", "vi", "nb", "de", "ar");
  private static final float READER_LANGUAGE_BOOST = 2f;
  private static final int SNIPPET_LENGTH = 200;

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    long started = System.nanoTime();
    List<Translation> translations = Translation.readAll(options.content().resolve("articles"));
    SearchIndex index = SearchIndex.build(translations);
    serve(options, index);
    System.out.printf("ready: %d translations indexed in %d ms, listening on port %d with %d threads%n",
        translations.size(), (System.nanoTime() - started) / 1_000_000, options.port(), options.threads());
  }

  /** Readiness is trivially true: the port is opened only once the index is built. */
  private static void serve(Options options, SearchIndex index) throws IOException {
    // The JDK server leaves Nagle's algorithm on unless told; with keep-alive that can hold a
    // small answer back by a delayed ACK (40 ms), which would cripple the baseline. Payara
    // turns it off too. Read once, when the server class loads: set it before.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 128);
    server.setExecutor(Executors.newFixedThreadPool(options.threads()));
    server.createContext("/health/ready", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}", 0));
    server.createContext("/api/search", exchange -> search(exchange, index));
    server.start();
  }

  private static void search(HttpExchange exchange, SearchIndex index) throws IOException {
    long started = System.nanoTime();
    try {
      SearchRequest request = SearchRequest.parse(exchange.getRequestURI().getRawQuery());
      Answer answer = index.search(request);
      respond(exchange, 200, "application/json", answer.toJson(), started);
    } catch (BadRequest e) {
      String problem = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":" + Json.string(e.getMessage()) + "}";
      respond(exchange, 400, "application/problem+json", problem, started);
    } catch (RuntimeException e) {
      e.printStackTrace();
      respond(exchange, 500, "application/problem+json", "{\"title\":\"Internal Server Error\",\"status\":500}", started);
    }
  }

  /** Answers with a Server-Timing header like Guidepost's, so bench/report.lua reads both alike. */
  private static void respond(HttpExchange exchange, int status, String type, String body, long started) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    if (started != 0) {
      exchange.getResponseHeaders().set("Server-Timing", String.format(Locale.ROOT, "app;dur=%.3f", (System.nanoTime() - started) / 1e6));
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  record Options(int port, Path content, int threads) {
    static Options parse(String[] args) {
      Map<String, String> named = new HashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        named.put(args[i], args[i + 1]);
      }
      if (!named.containsKey("--port") || !named.containsKey("--content")) {
        throw new IllegalArgumentException("usage: RawLuceneServer --port PORT --content CONTENT_FOLDER [--threads N]");
      }
      return new Options(Integer.parseInt(named.get("--port")), Path.of(named.get("--content")),
          Integer.parseInt(named.getOrDefault("--threads", "4")));
    }
  }

  /** One article translation as the content folder has it: {@code articles/<slug>/<lang>.md}. */
  record Translation(String slug, String lang, String title, String body) {

    static List<Translation> readAll(Path articles) throws IOException {
      List<Translation> all = new ArrayList<>();
      try (Stream<Path> slugs = Files.list(articles)) {
        for (Path folder : slugs.sorted().toList()) {
          for (String lang : LANGUAGES) {
            Path file = folder.resolve(lang + ".md");
            if (!Files.exists(file) && lang.equals("nb")) {
              file = folder.resolve("no.md");
            }
            if (Files.exists(file)) {
              parse(folder.getFileName().toString(), lang, Files.readString(file)).ifPresent(all::add);
            }
          }
        }
      }
      return all;
    }

    /** Internal (agent) articles are left out, as Guidepost leaves them out for readers. */
    static Optional<Translation> parse(String slug, String lang, String text) {
      String[] parts = text.split("(?m)^---[ \\t]*$", 3);
      if (parts.length < 3) {
        return Optional.empty();
      }
      Map<String, String> front = new HashMap<>();
      parts[1].lines().map(line -> line.split(":", 2)).filter(pair -> pair.length == 2)
          .forEach(pair -> front.put(pair[0].strip(), unquote(pair[1].strip())));
      if ("agent".equals(front.get("audience"))) {
        return Optional.empty();
      }
      return Optional.of(new Translation(slug, lang, front.getOrDefault("title", slug), parts[2].strip()));
    }

    private static String unquote(String value) {
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
      }
      if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
        return value.substring(1, value.length() - 1).replace("''", "'");
      }
      return value;
    }
  }

  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }

  /** The contract's parameters and limits: q 1-500 characters, limit 1-100, offset 0-10000. */
  record SearchRequest(String query, String lang, int limit, int offset) {

    static SearchRequest parse(String rawQuery) {
      Map<String, String> parameters = new HashMap<>();
      if (rawQuery != null) {
        for (String pair : rawQuery.split("&")) {
          int equals = pair.indexOf('=');
          String name = equals < 0 ? pair : pair.substring(0, equals);
          String value = equals < 0 ? "" : pair.substring(equals + 1);
          parameters.putIfAbsent(decode(name), decode(value));
        }
      }
      String query = parameters.getOrDefault("q", "").strip();
      if (query.isEmpty() || query.length() > 500) {
        throw new BadRequest("q must have 1 to 500 characters");
      }
      String lang = parameters.getOrDefault("lang", "en").toLowerCase(Locale.ROOT);
      lang = lang.equals("no") ? "nb" : lang;
      if (!LANGUAGES.contains(lang)) {
        throw new BadRequest("unknown language: " + lang);
      }
      return new SearchRequest(query, lang, number(parameters, "limit", 10, 1, 100), number(parameters, "offset", 0, 0, 10_000));
    }

    private static int number(Map<String, String> parameters, String name, int fallback, int min, int max) {
      String text = parameters.get(name);
      if (text == null) {
        return fallback;
      }
      try {
        int value = Integer.parseInt(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // answered below, like any other value out of range
      }
      throw new BadRequest(name + " must be a number from " + min + " to " + max);
    }

    private static String decode(String text) {
      try {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("malformed query string");
      }
    }
  }

  record Listing(String slug, String lang, String title) {}

  record Hit(String article, String lang, String title, String snippet, float score, String url) {}

  record Answer(String query, String lang, long total, List<Hit> hits) {
    String toJson() {
      StringBuilder json = new StringBuilder(256 + hits.size() * 400);
      json.append("{\"query\":").append(Json.string(query)).append(",\"lang\":").append(Json.string(lang))
          .append(",\"total\":").append(total).append(",\"hits\":[");
      for (int i = 0; i < hits.size(); i++) {
        Hit hit = hits.get(i);
        json.append(i == 0 ? "" : ",").append("{\"article\":").append(Json.string(hit.article()))
            .append(",\"lang\":").append(Json.string(hit.lang()))
            .append(",\"title\":").append(Json.string(hit.title()))
            .append(",\"snippet\":").append(Json.string(hit.snippet()))
            .append(",\"score\":").append(hit.score())
            .append(",\"url\":").append(Json.string(hit.url())).append('}');
      }
      return json.append("]}").toString();
    }
  }

  /** The index, built once: nothing changes it afterwards, so one searcher serves every request. */
  static final class SearchIndex {
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    /** What a hit shows of each document, by document id: read once, not per hit. */
    private final List<Listing> byDocument;
    private final String[] fields;

    private SearchIndex(Analyzer analyzer, DirectoryReader reader) throws IOException {
      this.analyzer = analyzer;
      this.searcher = new IndexSearcher(reader);
      this.fields = LANGUAGES.stream().map(SearchIndex::field).toArray(String[]::new);
      this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          // The queries are plain terms: matching each hit again through Weight.matches, the
          // default, finds the same words and only costs time.
          .withWeightMatches(false)
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
          .build();
      this.byDocument = new ArrayList<>(reader.maxDoc());
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document document = stored.document(doc, Set.of("slug", "lang", "title"));
        byDocument.add(new Listing(document.get("slug"), document.get("lang"), document.get("title")));
      }
    }

    static SearchIndex build(List<Translation> translations) throws IOException {
      Analyzer analyzer = analyzer();
      // On disk and memory-mapped, as Guidepost keeps its index: stored fields (read for the
      // snippets) decompress from mapped pages far faster than from a ByteBuffersDirectory.
      Path folder = Files.createTempDirectory("rawlucene-index-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(folder)));
      Directory directory = FSDirectory.open(folder);
      // Offsets in the postings: the unified highlighter then cuts snippets without analysing
      // the text again, the cheap way a Lucene server highlights.
      FieldType text = new FieldType();
      text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      text.setTokenized(true);
      text.setStored(true);
      text.freeze();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Translation translation : translations) {
          Document document = new Document();
          document.add(new StoredField("slug", translation.slug()));
          document.add(new StoredField("lang", translation.lang()));
          document.add(new StoredField("title", translation.title()));
          document.add(new Field(field(translation.lang()), translation.title() + "\n\n" + translation.body(), text));
          writer.addDocument(document);
        }
        writer.forceMerge(1);
      }
      return new SearchIndex(analyzer, DirectoryReader.open(directory));
    }

    private static void deleteAll(Path folder) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
        Files.delete(folder);
      } catch (IOException e) {
        System.err.println("could not delete " + folder + ": " + e);
      }
    }

    private static Analyzer analyzer() {
      Analyzer vietnamese = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          ICUTokenizer tokenizer = new ICUTokenizer();
          return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
        }
      };
      return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
          field("en"), new EnglishAnalyzer(),
          field("vi"), vietnamese,
          field("nb"), new NorwegianAnalyzer(),
          field("de"), new GermanAnalyzer(),
          field("ar"), new ArabicAnalyzer()));
    }

    private static String field(String lang) {
      return "text_" + lang;
    }

    Answer search(SearchRequest request) {
      try {
        Query query = query(request);
        // Up to five translations of one article may rank side by side: ask for enough
        // documents that the page still holds `limit` distinct articles.
        TopDocs top = searcher.search(query, (request.offset() + request.limit()) * LANGUAGES.size());
        List<ScoreDoc> page = onePerArticle(top.scoreDocs, request);
        return new Answer(request.query(), request.lang(), top.totalHits.value(), hits(request, query, page));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every language's analysis of the words, each a SHOULD clause; the reader's weighted up. */
    private Query query(SearchRequest request) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String lang : LANGUAGES) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String word : new HashSet<>(terms(field(lang), request.query()))) {
          words.add(new TermQuery(new Term(field(lang), word)), Occur.SHOULD);
        }
        Query perLanguage = words.build();
        all.add(lang.equals(request.lang()) ? new BoostQuery(perLanguage, READER_LANGUAGE_BOOST) : perLanguage, Occur.SHOULD);
      }
      return all.build();
    }

    private List<String> terms(String field, String text) {
      List<String> terms = new ArrayList<>();
      try (TokenStream stream = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          terms.add(term.toString());
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return terms;
    }

    private List<ScoreDoc> onePerArticle(ScoreDoc[] ranked, SearchRequest request) {
      Set<String> seen = new HashSet<>();
      List<ScoreDoc> page = new ArrayList<>(request.limit());
      int skipped = 0;
      for (ScoreDoc hit : ranked) {
        if (page.size() == request.limit()) {
          break;
        }
        if (seen.add(byDocument.get(hit.doc).slug()) && skipped++ >= request.offset()) {
          page.add(hit);
        }
      }
      return page;
    }

    /** One highlighter pass over the page: each document has only its own language's field. */
    private List<Hit> hits(SearchRequest request, Query query, List<ScoreDoc> page) throws IOException {
      int[] documents = page.stream().mapToInt(hit -> hit.doc).toArray();
      int[] passages = new int[fields.length];
      Arrays.fill(passages, 1);
      Map<String, String[]> snippets = highlighter.highlightFields(fields, query, documents, passages);
      List<Hit> hits = new ArrayList<>(page.size());
      for (int i = 0; i < page.size(); i++) {
        Listing listing = byDocument.get(documents[i]);
        String snippet = snippets.get(field(listing.lang()))[i];
        hits.add(new Hit(listing.slug(), listing.lang(), listing.title(), snippet == null ? "" : snippet.strip(),
            page.get(i).score, "/" + request.lang() + "/articles/" + listing.slug()));
      }
      return hits;
    }
  }

  static final class Json {
    static String string(String text) {
      StringBuilder json = new StringBuilder(text.length() + 2).append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          case '\n' -> json.append("\\n");
          case '\r' -> json.append("\\r");
          case '\t' -> json.append("\\t");
          default -> {
            if (c < 0x20) {
              json.append(String.format("\\u%04x", (int) c));
            } else {
              json.append(c);
            }
          }
        }
      }
      return json.append('"').toString();
    }
  }
}
