package app.guidepost.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;

/**
 * Splits and joins German and Norwegian compounds at query time, against the words the index
 * already holds: {@code Ticketnotizen} also looks for {@code Ticket} and {@code Notizen}, and
 * {@code telefon ferdigheter} also for {@code telefonferdigheter}. The content decides what
 * counts as a word, so no dictionary is shipped and new vocabulary works at once. Parts are
 * at least {@value #MIN_PART} letters, and a linking {@code s}/{@code e}/{@code n}/{@code es}/
 * {@code en} between them is allowed ({@code Systemsprache}, {@code Fehlermeldung}).
 */
final class Compounds {

  static final int MIN_PART = 3;
  /**
   * Longer than real compounds ({@code Rechtsschutzversicherungsgesellschaften} has 39 letters);
   * each extra letter costs another dictionary look-up per link, so longer input is not split.
   */
  static final int MAX_LENGTH = 48;
  private static final List<String> LINKS = List.of("", "s", "e", "n", "es", "en");

  private Compounds() {}

  /**
   * The two parts of {@code term} when the term itself is not in {@code field} but both parts
   * are; the longest first part wins.
   */
  static Optional<List<String>> split(KnownTerms terms, String field, String term) {
    if (term.length() < 2 * MIN_PART || term.length() > MAX_LENGTH || indexed(terms, field, term)) {
      return Optional.empty();
    }
    for (int cut = term.length() - MIN_PART; cut >= MIN_PART; cut--) {
      String head = term.substring(0, cut);
      String tail = term.substring(cut);
      if (!indexed(terms, field, tail)) {
        continue;
      }
      for (String link : LINKS) {
        if (head.endsWith(link) && head.length() - link.length() >= MIN_PART) {
          String stem = head.substring(0, head.length() - link.length());
          if (indexed(terms, field, stem)) {
            return Optional.of(List.of(stem, tail));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The parts of {@code term} that {@code known} knows, for a term it does not know itself: the
   * longest known head (the last part, the one a compound is a kind of: a "Netzwerkdrucker" is
   * a "Drucker"), and the part before it when that is known too. Empty when no head is known.
   */
  static List<String> knownParts(String term, java.util.function.Predicate<String> known) {
    if (term.length() < 2 * MIN_PART || term.length() > MAX_LENGTH || known.test(term)) {
      return List.of();
    }
    for (int cut = MIN_PART; cut <= term.length() - MIN_HEAD; cut++) {
      String tail = term.substring(cut);
      if (known.test(tail)) {
        String head = term.substring(0, cut);
        for (String link : LINKS) {
          String modifier = head.substring(0, head.length() - link.length());
          if (head.endsWith(link) && modifier.length() >= MIN_PART && known.test(modifier)) {
            return List.of(modifier, tail);
          }
        }
        return List.of(tail);
      }
    }
    return List.of();
  }

  /** A compound's head stands for it only when it is a word of its own, not a suffix ("-ung"). */
  static final int MIN_HEAD = 4;

  /** The closed compound of two neighbouring words, when the index has it. */
  static Optional<String> join(KnownTerms terms, String field, String first, String second) {
    if (first.length() < MIN_PART || second.length() < MIN_PART) {
      return Optional.empty();
    }
    for (String link : List.of("", "s")) {
      String joined = first + link + second;
      if (indexed(terms, field, joined)) {
        return Optional.of(joined);
      }
    }
    return Optional.empty();
  }

  /** Words the searcher may see: a split through an internal word would tell a reader it exists. */
  private static boolean indexed(KnownTerms terms, String field, String term) {
    return terms.visible(new Term(field, term));
  }
}
