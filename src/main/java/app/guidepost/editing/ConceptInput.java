package app.guidepost.editing;

import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.Term;
import app.guidepost.terminology.TermRules;
import app.guidepost.text.UnsafeCharacters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A concept as an editor typed it (on the terminology page or in the API's JSON), checked by
 * the rules a TBX file's entries are read by ({@link TermRules}) and a few of its own: each term
 * on one line, in NFC, with white space runs as one space; a term repeated in one language kept
 * once; at most one preferred term per language; at least one term in use.
 */
public final class ConceptInput {

  static final int MAX_SUBJECT_LENGTH = 100;
  static final int MAX_TERMS_PER_LANGUAGE = 50;

  private ConceptInput() {}

  /**
   * The concept {@code id} with these fields.
   *
   * @throws InvalidInputException naming the first field that cannot be used
   */
  public static Concept concept(String id, Optional<String> subject, Optional<String> definition, Map<Language, List<Term>> terms) {
    TermRules.idProblem(id).ifPresent(problem -> {
      throw new InvalidInputException("Invalid concept id", capitalized(problem) + ".");
    });
    Optional<String> cleanSubject = line(subject, "subject", MAX_SUBJECT_LENGTH);
    Optional<String> cleanDefinition = line(definition, "definition", TermRules.MAX_DEFINITION_LENGTH);
    Map<Language, List<Term>> clean = new EnumMap<>(Language.class);
    boolean anyInUse = false;
    for (Map.Entry<Language, List<Term>> entry : terms.entrySet()) {
      Language language = entry.getKey();
      List<Term> kept = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int preferred = 0;
      for (Term term : entry.getValue()) {
        String text = normalized(term.text());
        if (text.isEmpty()) {
          continue;
        }
        TermRules.termProblem(text).ifPresent(problem -> {
          throw new InvalidInputException("Invalid term", capitalized(problem) + " (" + language.code() + ").");
        });
        if (!seen.add(text.toLowerCase(Locale.ROOT))) {
          continue;
        }
        preferred += term.status() == Term.Status.PREFERRED ? 1 : 0;
        anyInUse |= term.status().inUse();
        kept.add(new Term(text, term.status(), term.abbreviation()));
      }
      if (preferred > 1) {
        throw new InvalidInputException("Several preferred terms",
            "A language has one preferred term at most; " + language.code() + " has " + preferred + ". Mark the others admitted.");
      }
      if (kept.size() > MAX_TERMS_PER_LANGUAGE) {
        throw new InvalidInputException("Too many terms", "A concept has at most " + MAX_TERMS_PER_LANGUAGE + " terms per language; "
            + language.code() + " has " + kept.size() + ".");
      }
      clean.put(language, kept);
    }
    if (!anyInUse) {
      throw new InvalidInputException("No term", "A concept needs at least one term in use (preferred or admitted) in one of the languages.");
    }
    return new Concept(id, cleanSubject, cleanDefinition, clean);
  }

  /**
   * A term typed without saying whether it is an abbreviation: one when it is written in
   * capitals and digits only, with at least two capitals ("VPN", "2FA", "IT"), as a search then
   * matches it only where a query writes it in capitals.
   */
  public static boolean looksLikeAbbreviation(String text) {
    long capitals = text.codePoints().filter(Character::isUpperCase).count();
    return capitals >= 2 && text.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-' || c == '/');
  }

  /** The languages whose terms differ between two versions of a concept: what an editor must be allowed to edit. */
  public static Set<Language> languagesChanged(Optional<Concept> before, Concept after) {
    Set<Language> changed = new HashSet<>();
    for (Language language : Language.values()) {
      List<Term> old = before.map(concept -> concept.terms(language)).orElse(List.of());
      if (!old.equals(after.terms(language))) {
        changed.add(language);
      }
    }
    return changed;
  }

  private static Optional<String> line(Optional<String> value, String field, int max) {
    Optional<String> text = value.map(ConceptInput::normalized).filter(s -> !s.isEmpty());
    if (text.isPresent() && UnsafeCharacters.in(text.get())) {
      throw new InvalidInputException("Invalid " + field, "The " + field + " has control, bidirectional or invisible characters.");
    }
    if (text.isPresent() && text.get().length() > max) {
      throw new InvalidInputException("Invalid " + field, "The " + field + " has at most " + max + " characters.");
    }
    return text;
  }

  private static String normalized(String text) {
    return Normalizer.normalize(text.strip().replaceAll("[ \\t\\r\\n]+", " "), Normalizer.Form.NFC);
  }

  private static String capitalized(String problem) {
    return Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
  }
}
