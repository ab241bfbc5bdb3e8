package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The closed compounds of the index's German and Norwegian text by their head, the last part
 * that names what the compound is: a "Netzwerkdrucker" is a "Drucker", "ventemusikken" is
 * "musikk". A reader who types the head finds the compounds too ("Diagramm" finds
 * "Ablaufdiagramm"), below the texts that hold the word itself. Read from the index's own
 * vocabulary (no dictionary is shipped): its words reversed and sorted, so that the words
 * ending in a typed word are one binary search away.
 */
final class CompoundHeads {

  static final CompoundHeads NONE = new CompoundHeads(Map.of());

  /** A shorter head is a suffix more often than a word ("-ung", "-heit", "-tor"). */
  static final int MIN_HEAD = 5;

  /** Compounds kept per head, those most texts hold first: "Drucker" has hundreds in a large knowledge base. */
  static final int MAX_COMPOUNDS = 8;

  /** Words ending in a head looked at, at most: a bound on one look-up. */
  static final int MAX_SCANNED = 256;

  /** One language's words, reversed and sorted, with how many documents hold each. */
  private record Vocabulary(String[] reversed, int[] documents) {}

  private final Map<Language, Vocabulary> vocabularies;

  private CompoundHeads(Map<Language, Vocabulary> vocabularies) {
    this.vocabularies = vocabularies;
  }

  /**
   * The compounds whose head is {@code word}, as the main body field of {@code language} indexes
   * them: words that end in it after at least {@link Compounds#MIN_PART} letters.
   */
  List<String> compounds(Language language, String word) {
    Vocabulary vocabulary = vocabularies.get(language);
    if (vocabulary == null || word.length() < MIN_HEAD) {
      return List.of();
    }
    String reversedWord = reversed(word);
    int at = Arrays.binarySearch(vocabulary.reversed(), reversedWord);
    int first = at >= 0 ? at + 1 : -at - 1;
    List<Integer> found = new ArrayList<>();
    for (int i = first; i < vocabulary.reversed().length && i < first + MAX_SCANNED && vocabulary.reversed()[i].startsWith(reversedWord); i++) {
      if (vocabulary.reversed()[i].length() - word.length() >= Compounds.MIN_PART) {
        found.add(i);
      }
    }
    return found.stream()
        .sorted(Comparator.comparing((Integer i) -> vocabulary.documents()[i]).reversed().thenComparing(i -> vocabulary.reversed()[i]))
        .limit(MAX_COMPOUNDS)
        .map(i -> reversed(vocabulary.reversed()[i]))
        .toList();
  }

  /** Read from the main body fields of the compounding languages of {@code searcher}'s index. */
  static CompoundHeads of(IndexSearcher searcher) {
    Map<Language, Vocabulary> vocabularies = new EnumMap<>(Language.class);
    for (Language language : TypedQueries.COMPOUNDING) {
      vocabularies.put(language, vocabularyOf(searcher, TextField.main(language, TextField.Kind.BODY).name()));
    }
    return new CompoundHeads(vocabularies);
  }

  private static Vocabulary vocabularyOf(IndexSearcher searcher, String field) {
    Map<String, Integer> documents = new HashMap<>();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum iterator = terms.iterator();
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
          documents.merge(reversed(term.utf8ToString()), iterator.docFreq(), Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] reversed = documents.keySet().toArray(String[]::new);
    Arrays.sort(reversed);
    int[] counts = new int[reversed.length];
    for (int i = 0; i < reversed.length; i++) {
      counts[i] = documents.get(reversed[i]);
    }
    return new Vocabulary(reversed, counts);
  }

  private static String reversed(String word) {
    return new StringBuilder(word).reverse().toString();
  }
}
