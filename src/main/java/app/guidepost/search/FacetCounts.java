package app.guidepost.search;

import app.guidepost.search.index.IndexFields;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the hits of a query and, for every hit, the values of the facet fields ({@link
 * IndexFields#FACETS}) from their doc values. A field the query's filters pin to one value (the
 * reader's language, the article type, the public audience) is not read per hit: every hit has
 * that value. The query already carries the visibility filter, so internal articles never add
 * to a count.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Counted> {

  /** How many documents a query matches, and how many of them have each facet value. */
  record Counted(long total, Map<String, Map<String, Long>> facets) {
    static final Counted NONE = new Counted(0, Map.of());
  }

  private final Map<String, String> pinned;
  private final List<String> read;

  /** Counts with {@code pinned}: facet fields whose value the filters fix, with that value. */
  FacetCounts(Map<String, String> pinned) {
    this.pinned = Map.copyOf(pinned);
    this.read = IndexFields.FACETS.stream().filter(field -> !pinned.containsKey(field)).toList();
  }

  /** Two sets of counts added up, field by field. */
  static Map<String, Map<String, Long>> sum(Map<String, Map<String, Long>> a, Map<String, Map<String, Long>> b) {
    Map<String, Map<String, Long>> total = new LinkedHashMap<>();
    for (String field : IndexFields.FACETS) {
      Map<String, Long> values = new TreeMap<>(a.getOrDefault(field, Map.of()));
      b.getOrDefault(field, Map.of()).forEach((value, n) -> values.merge(value, n, Long::sum));
      total.put(field, values);
    }
    return total;
  }

  @Override
  public Counter newCollector() {
    return new Counter(read);
  }

  @Override
  public Counted reduce(Collection<Counter> counters) {
    long hits = counters.stream().mapToLong(counter -> counter.hits).sum();
    Map<String, Map<String, Long>> total = new LinkedHashMap<>();
    for (String field : IndexFields.FACETS) {
      Map<String, Long> values = new TreeMap<>();
      if (pinned.containsKey(field)) {
        if (hits > 0) {
          values.put(pinned.get(field), hits);
        }
      } else {
        for (Counter counter : counters) {
          counter.counts.getOrDefault(field, Map.of()).forEach((value, n) -> values.merge(value, n, Long::sum));
        }
      }
      total.put(field, values);
    }
    return new Counted(hits, total);
  }

  /** Counts the documents it sees and their facet values, segment by segment. */
  static final class Counter implements Collector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private long hits;

    Counter(List<String> fields) {
      this.fields = fields;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<SortedSetDocValues> values = fields.stream().map(field -> docValues(context, field)).toList();
      // Counted by ordinal while collecting, named once per segment: a query that matches
      // tens of thousands of documents looks up each value once, not once per document.
      long[][] perOrdinal = new long[values.size()][];
      for (int i = 0; i < values.size(); i++) {
        perOrdinal[i] = new long[Math.toIntExact(values.get(i).getValueCount())];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          hits++;
          for (int i = 0; i < perOrdinal.length; i++) {
            SortedSetDocValues field = values.get(i);
            if (field.advanceExact(doc)) {
              for (int n = 0; n < field.docValueCount(); n++) {
                perOrdinal[i][Math.toIntExact(field.nextOrd())]++;
              }
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int i = 0; i < perOrdinal.length; i++) {
            Map<String, Long> fieldCounts = counts.computeIfAbsent(fields.get(i), f -> new HashMap<>());
            for (int ordinal = 0; ordinal < perOrdinal[i].length; ordinal++) {
              if (perOrdinal[i][ordinal] > 0) {
                fieldCounts.merge(values.get(i).lookupOrd(ordinal).utf8ToString(), perOrdinal[i][ordinal], Long::sum);
              }
            }
          }
        }
      };
    }

    private static SortedSetDocValues docValues(LeafReaderContext context, String field) {
      try {
        return DocValues.getSortedSet(context.reader(), field);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
