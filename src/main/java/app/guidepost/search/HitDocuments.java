package app.guidepost.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * The stored fields of the documents searches show, decoded once and kept while they are shown
 * often: most searches of a help desk land on the same few articles, and decompressing a hit's
 * stored block was a fifth of a search (docs/benchmarks.md, issue 17).
 *
 * <p>A document is kept under its segment's core and its number there. A segment's documents
 * never change: an edited article is a new document in another segment, and the old one, deleted,
 * is never a hit again, so nothing kept can be shown stale. Entries of a segment that merges away
 * are dropped when its core closes. At most {@code budgetChars} characters of field values are
 * kept, the least recently shown going first.
 */
final class HitDocuments {

  /** About 16 MB of text: every translation of a knowledge base of a few hundred articles. */
  static final long DEFAULT_BUDGET_CHARS = 8_000_000;

  private record Key(IndexReader.CacheKey core, int doc) {}

  private record Kept(Document document, long chars) {}

  private final long budgetChars;
  private final Set<String> fields;
  private final LinkedHashMap<Key, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
  private final Set<IndexReader.CacheKey> watched = new java.util.HashSet<>();
  private long keptChars;

  HitDocuments(Set<String> fields, long budgetChars) {
    this.fields = Set.copyOf(fields);
    this.budgetChars = budgetChars;
  }

  /** The fields of document {@code doc} of {@code searcher}'s reader. */
  Document read(IndexSearcher searcher, int doc) throws IOException {
    LeafReaderContext leaf = leafOf(searcher, doc);
    Optional<IndexReader.CacheKey> core = Optional.ofNullable(leaf.reader().getCoreCacheHelper()).map(IndexReader.CacheHelper::getKey);
    if (core.isEmpty()) {
      return leaf.reader().storedFields().document(doc - leaf.docBase, fields);
    }
    Key key = new Key(core.get(), doc - leaf.docBase);
    synchronized (this) {
      Kept found = kept.get(key);
      if (found != null) {
        return found.document();
      }
    }
    Document document = leaf.reader().storedFields().document(key.doc(), fields);
    keep(leaf, key, document);
    return document;
  }

  /** How many characters of field values are kept now. */
  synchronized long keptChars() {
    return keptChars;
  }

  /** How many documents are kept now. */
  synchronized int size() {
    return kept.size();
  }

  private void keep(LeafReaderContext leaf, Key key, Document document) {
    long chars = chars(document);
    if (chars > budgetChars) {
      return;
    }
    boolean watch;
    synchronized (this) {
      Kept previous = kept.put(key, new Kept(document, chars));
      keptChars += chars - (previous == null ? 0 : previous.chars());
      var eldest = kept.entrySet().iterator();
      while (keptChars > budgetChars && eldest.hasNext()) {
        Map.Entry<Key, Kept> entry = eldest.next();
        keptChars -= entry.getValue().chars();
        eldest.remove();
      }
      watch = watched.add(key.core());
    }
    if (watch) {
      leaf.reader().getCoreCacheHelper().addClosedListener(this::forget);
    }
  }

  private synchronized void forget(IndexReader.CacheKey core) {
    watched.remove(core);
    var entries = kept.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Key, Kept> entry = entries.next();
      if (entry.getKey().core() == core) {
        keptChars -= entry.getValue().chars();
        entries.remove();
      }
    }
  }

  private static LeafReaderContext leafOf(IndexSearcher searcher, int doc) {
    var leaves = searcher.getIndexReader().leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  private static long chars(Document document) {
    long chars = 0;
    for (IndexableField field : document) {
      String value = field.stringValue();
      chars += 16 + (value == null ? 0 : value.length());
    }
    return chars;
  }
}
