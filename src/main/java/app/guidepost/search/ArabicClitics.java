package app.guidepost.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;

/**
 * Reads an Arabic word the index does not hold without what Arabic writes joined to it, when the
 * index holds what is left: "بتمويل" (with financing) is "تمويل", "لحماية" (for protection)
 * "حماي", and "شركته" (his company), which the stemmer leaves as "شركت", is "شرك" as "الشركة"
 * is indexed. Lucene's light stemmer removes the article with its prepositions ("بال", "لل")
 * but not a preposition, conjunction or future prefix alone, since many words begin with those
 * letters ("كتاب", book; "فرنسا", France): stripped at indexing, they would merge different
 * words. Only a word no text holds is read this way, and only into a word texts hold, so a
 * word the content uses as it is stays as it is.
 */
final class ArabicClitics {

  /**
   * One-letter words written joined to the next: with/in, for, like, so, and, will; and the two
   * a conjunction and a preposition make.
   */
  private static final List<String> PREFIXES = List.of("وب", "ول", "وك", "فب", "فل", "وس", "فس", "ب", "ل", "ك", "ف", "و", "س");

  /** What is left has at least this many letters: most Arabic words are built on three. */
  static final int MIN_LEFT = 3;

  private ArabicClitics() {}

  /**
   * Endings the stemmer leaves: the ت a feminine ending is written with before a suffix
   * ("شركته", his company, is "شركت"), and the alif of an indefinite accusative
   * ("استخداماً", as a use, is "استخداما").
   */
  private static final List<String> ENDINGS = List.of("ت", "ا");

  /**
   * {@code word}, analysed for {@code field}, without its joined prefix, without an ending the
   * stemmer leaves, or without both, whichever the index holds first; empty when the index holds
   * the word itself or none of these.
   */
  static Optional<String> bare(KnownTerms terms, String field, String word) {
    return bare(word, candidate -> terms.visible(new Term(field, candidate)));
  }

  /** As above, with {@code held} telling which words the texts hold. */
  static Optional<String> bare(String word, Predicate<String> held) {
    if (word.length() <= MIN_LEFT || held.test(word)) {
      return Optional.empty();
    }
    return candidates(word).stream().filter(held).findFirst();
  }

  private static List<String> candidates(String word) {
    String withoutEnding = ENDINGS.stream().filter(word::endsWith).findFirst().map(ending -> word.substring(0, word.length() - 1)).orElse(word);
    List<String> candidates = new java.util.ArrayList<>();
    for (String prefix : PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_LEFT) {
        candidates.add(word.substring(prefix.length()));
        if (withoutEnding.length() < word.length() && withoutEnding.length() - prefix.length() >= MIN_LEFT) {
          candidates.add(withoutEnding.substring(prefix.length()));
        }
      }
    }
    if (withoutEnding.length() < word.length() && withoutEnding.length() >= MIN_LEFT) {
      candidates.add(withoutEnding);
    }
    return candidates;
  }
}
