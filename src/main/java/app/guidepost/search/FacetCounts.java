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
 * Counts, for every hit of a query, the values of the facet fields ({@link
 * IndexFields#FACETS}) from their doc values. The query already carries the visibility
 * filter, so internal articles never add to a count.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {

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
    return new Counter();
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
    Map<String, Map<String, Long>> total = new LinkedHashMap<>();
    for (String field : IndexFields.FACETS) {
      Map<String, Long> values = new TreeMap<>();
      for (Counter counter : counters) {
        counter.counts.getOrDefault(field, Map.of()).forEach((value, n) -> values.merge(value, n, Long::sum));
      }
      total.put(field, values);
    }
    return total;
  }

  /** Counts the facet values of the documents it sees, segment by segment. */
  static final class Counter implements Collector {
    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      List<SortedSetDocValues> values = IndexFields.FACETS.stream().map(field -> docValues(context, field)).toList();
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
            Map<String, Long> fieldCounts = counts.computeIfAbsent(IndexFields.FACETS.get(i), f -> new HashMap<>());
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
