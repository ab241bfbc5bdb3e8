package app.guidepost.search.index;

import app.guidepost.search.analysis.LanguageAnalyzers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The article index on disk. Opened once at start: a missing, unreadable or corrupt index is
 * wiped and reported as empty so that it is rebuilt from the database. Writes are whole
 * commits; searchers are refreshed only after a commit, so readers never see half an update.
 * What a document holds is {@link TranslationDocuments}'s business.
 */
@ApplicationScoped
public class ArticleIndex {

  private static final Logger LOG = Logger.getLogger(ArticleIndex.class.getName());
  /** Commit user data: the change-log position the index reflects (every change up to it). */
  static final String POSITION = "guidepost.position";
  /** Commit user data: the document mapping version; a change forces a rebuild. */
  static final String MAPPING = "guidepost.mapping";
  /** The version of the document mapping ({@link TranslationDocuments}): raised with every change to what a document holds. */
  static final String MAPPING_VERSION = "12";

  /**
   * BM25 with less length normalisation than Lucene's default (b 0.75, k1 1.2): help-desk
   * sections and the development sets' paragraphs are short and of similar length. Measured on
   * XQuAD de nDCG@10 .926 -> .932, other languages within noise.
   */
  static final Similarity SIMILARITY = new BM25Similarity(1.0f, 0.5f);

  private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
  private final Analyzer indexAnalyzer = perFieldAnalyzer(analyzers);

  private Path root;
  private int generation;
  private Directory directory;
  // Read without the lock by searches, so that a long rebuild never blocks them.
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;

  private static Analyzer perFieldAnalyzer(LanguageAnalyzers analyzers) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (TextField field : TextField.all()) {
      byField.put(field.name(), switch (field.form()) {
        case MAIN -> analyzers.forLanguage(field.language());
        case EXACT -> analyzers.exactFor(field.language());
        case FOLDED -> analyzers.vietnameseFolded();
      });
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  public LanguageAnalyzers analyzers() {
    return analyzers;
  }

  /** The analyzer of every text field, for queries and highlighting. */
  public Analyzer analyzer() {
    return indexAnalyzer;
  }

  /**
   * Opens the index under {@code root}, creating or wiping it as needed. The index lives in a
   * numbered folder (a generation): a rebuild while serving writes the next one beside it and
   * swaps. The newest generation that is complete and readable is kept; the others (a rebuild
   * cut short, the one it replaced) are deleted.
   *
   * @return the change-log position the index reflects; empty when it must be rebuilt (new,
   *     corrupt, or built with another mapping)
   */
  public synchronized Optional<Long> open(Path root) throws IOException {
    close();
    this.root = root;
    Files.createDirectories(root);
    List<Integer> generations = generations(root);
    Optional<Long> position = Optional.empty();
    int live = generations.isEmpty() ? 1 : generations.getFirst() + 1;
    for (int candidate : generations) {
      Optional<Long> reflected = readable(root.resolve(String.valueOf(candidate)));
      if (reflected.isPresent()) {
        live = candidate;
        position = reflected;
        break;
      }
    }
    for (int other : generations) {
      if (other != live) {
        deleteFolder(root.resolve(String.valueOf(other)));
      }
    }
    deleteLooseFiles(root);
    generation = live;
    directory = FSDirectory.open(root.resolve(String.valueOf(live)));
    writer = new IndexWriter(directory, writerConfig(position.isPresent() ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE));
    searchers = searcherManager(writer);
    return position;
  }

  /** The position a complete, intact index of this mapping reflects; empty otherwise. */
  private Optional<Long> readable(Path folder) {
    try (Directory candidate = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(candidate)) {
        return Optional.empty();
      }
      try (DirectoryReader reader = DirectoryReader.open(candidate)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
        Map<String, String> userData = reader.getIndexCommit().getUserData();
        if (!MAPPING_VERSION.equals(userData.get(MAPPING))) {
          LOG.log(Level.INFO, "The search index in {0} has another mapping and will be rebuilt", folder);
          return Optional.empty();
        }
        return Optional.ofNullable(userData.get(POSITION)).map(Long::valueOf);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index in " + folder + " is unreadable and will be rebuilt: " + e);
      return Optional.empty();
    }
  }

  /** A complete index built beside the one being served, committed, waiting to be swapped in. */
  public static final class Prepared {
    private final int generation;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int documents;

    private Prepared(int generation, Directory directory, IndexWriter writer, SearcherManager searchers, int documents) {
      this.generation = generation;
      this.directory = directory;
      this.writer = writer;
      this.searchers = searchers;
      this.documents = documents;
    }

    /** How many documents it holds. */
    public int documents() {
      return documents;
    }
  }

  /**
   * Builds a complete new index beside the one being served and commits it; searches go on
   * against the served one until {@link #swapIn}.
   */
  public Prepared prepareAside(Iterable<IndexedTranslation> translations, long position) throws IOException {
    int next;
    synchronized (this) {
      requireOpen();
      next = generation + 1;
    }
    Path folder = root.resolve(String.valueOf(next));
    deleteFolder(folder);
    Directory built = FSDirectory.open(folder);
    IndexWriter builder = new IndexWriter(built, writerConfig(IndexWriterConfig.OpenMode.CREATE));
    int added = addAll(builder, translations);
    builder.setLiveCommitData(Map.of(POSITION, String.valueOf(position), MAPPING, MAPPING_VERSION).entrySet());
    builder.commit();
    return new Prepared(next, built, builder, searcherManager(builder), added);
  }

  /** Serves the prepared index from now on, and deletes the one it replaces. */
  public void swapIn(Prepared prepared) throws IOException {
    Directory oldDirectory;
    IndexWriter oldWriter;
    SearcherManager oldSearchers;
    int oldGeneration;
    synchronized (this) {
      oldDirectory = directory;
      oldWriter = writer;
      oldSearchers = searchers;
      oldGeneration = generation;
      directory = prepared.directory;
      writer = prepared.writer;
      searchers = prepared.searchers;
      generation = prepared.generation;
    }
    oldSearchers.close();
    oldWriter.close();
    oldDirectory.close();
    deleteFolder(root.resolve(String.valueOf(oldGeneration)));
  }

  /** Builds beside and swaps in at once: for callers with nothing to do in between. */
  public void replaceAllAside(Iterable<IndexedTranslation> translations, long position) throws IOException {
    swapIn(prepareAside(translations, position));
  }

  private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    // Edits arrive one article at a time, each a tiny segment; folding them together when there
    // are four (instead of Lucene's ten) keeps what a search visits close to the one segment
    // a build leaves. Merging a few small segments costs next to nothing.
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setSegmentsPerTier(4);
    return new IndexWriterConfig(indexAnalyzer).setSimilarity(SIMILARITY).setOpenMode(mode).setMergePolicy(merges);
  }

  private static SearcherManager searcherManager(IndexWriter writer) throws IOException {
    return new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SIMILARITY);
        return searcher;
      }
    });
  }

  /** The numbered folders under {@code root}, newest first. */
  private static List<Integer> generations(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(name -> name.matches("[0-9]{1,9}"))
          .map(Integer::valueOf).sorted(java.util.Comparator.reverseOrder()).toList();
    }
  }

  /** Files left directly under the root by the layout before generations: an index to rebuild. */
  private static void deleteLooseFiles(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      for (Path file : children.filter(Files::isRegularFile).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Which generation is being served, for operators. */
  public synchronized int generation() {
    return generation;
  }

  public boolean isOpen() {
    IndexWriter current = writer;
    return current != null && current.isOpen();
  }

  /**
   * Replaces every document in one commit, recording the change-log position it reflects.
   *
   * @return how many documents the index now holds
   */
  public synchronized int replaceAll(Iterable<IndexedTranslation> translations, long position) throws IOException {
    requireOpen();
    writer.deleteAll();
    int added = addAll(writer, translations);
    commit(position);
    return added;
  }

  /**
   * Adds every translation, then merges what was written into one segment. A whole build
   * flushes a segment every few thousand documents; each segment a search visits costs it a
   * lookup of every word and a scorer of every clause, so on 100,000 translations eight
   * segments made a search twice as slow as one (5.1 against 2.6 ms). Changes after the build
   * add small segments that the merge policy folds together as they come.
   */
  private int addAll(IndexWriter target, Iterable<IndexedTranslation> translations) throws IOException {
    int added = 0;
    for (IndexedTranslation translation : translations) {
      target.addDocument(TranslationDocuments.toDocument(translation));
      added++;
    }
    target.forceMerge(1);
    return added;
  }

  /** The documents of one article or guide, all its languages; empty when it is gone or unpublished. */
  public record Replacement(String slug, String type, Collection<IndexedTranslation> documents) {}

  /**
   * Replaces the documents of several articles and guides and records the position reached, in
   * one commit: readers, and a restart, see all of it or none of it.
   */
  public synchronized void apply(Collection<Replacement> replacements, long position) throws IOException {
    requireOpen();
    for (Replacement replacement : replacements) {
      writer.deleteDocuments(new org.apache.lucene.search.BooleanQuery.Builder()
          .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.SLUG, replacement.slug())),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.TYPE, replacement.type())),
              org.apache.lucene.search.BooleanClause.Occur.FILTER)
          .build());
      for (IndexedTranslation translation : replacement.documents()) {
        writer.addDocument(TranslationDocuments.toDocument(translation));
      }
    }
    commit(position);
  }

  private void commit(long position) throws IOException {
    writer.setLiveCommitData(Map.of(POSITION, String.valueOf(position), MAPPING, MAPPING_VERSION).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Runs {@code search} on the latest committed state of the index. */
  public <T> T withSearcher(Function<IndexSearcher, T> search) {
    // A rebuild swaps managers: a search that reaches the old one just as it closes starts over on the new one.
    for (int attempt = 1; ; attempt++) {
      try {
        return searchOnce(search);
      } catch (org.apache.lucene.store.AlreadyClosedException swapped) {
        if (attempt == 3) {
          throw swapped;
        }
      }
    }
  }

  private <T> T searchOnce(Function<IndexSearcher, T> search) {
    SearcherManager current = searchers;
    if (current == null) {
      throw new IllegalStateException("The search index is not open");
    }
    try {
      IndexSearcher searcher = current.acquire();
      try {
        return search.apply(searcher);
      } finally {
        current.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int documentCount() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("The search index is not open");
    }
  }

  @PreDestroy
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    } finally {
      searchers = null;
      writer = null;
      directory = null;
    }
  }
}
