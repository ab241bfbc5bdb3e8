package app.guidepost.terminology;

import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One concept (a thing, an action, a symptom) and its terms per language, preferred first.
 *
 * @param id unique in a termbase; a content folder's concept with a shipped concept's id replaces it
 * @param subject the subject field ("networking"), if the file names one
 * @param definition one sentence in English saying which sense is meant, if the file has one
 */
public record Concept(String id, Optional<String> subject, Optional<String> definition, Map<Language, List<Term>> terms) {

  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(definition, "definition");
    Map<Language, List<Term>> copy = new EnumMap<>(Language.class);
    terms.forEach((language, list) -> {
      if (!list.isEmpty()) {
        copy.put(language, List.copyOf(list));
      }
    });
    terms = Map.copyOf(copy);
  }

  /** All terms of {@code language}, in the file's order. */
  public List<Term> terms(Language language) {
    return terms.getOrDefault(language, List.of());
  }

  /** The texts of the terms of {@code language} a writer may use (not deprecated or superseded). */
  public List<String> wordsInUse(Language language) {
    return terms(language).stream().filter(term -> term.status().inUse()).map(Term::text).toList();
  }

  /** The texts of the terms of {@code language} in use, the preferred one first: as writers and translators should read them. */
  public List<String> wordsInUsePreferredFirst(Language language) {
    List<String> words = new java.util.ArrayList<>();
    preferred(language).ifPresent(term -> words.add(term.text()));
    wordsInUse(language).stream().filter(word -> !words.contains(word)).forEach(words::add);
    return words;
  }

  /** The preferred term of {@code language}: the one marked preferred, else the first in use. */
  public Optional<Term> preferred(Language language) {
    List<Term> all = terms(language);
    return all.stream().filter(term -> term.status() == Term.Status.PREFERRED).findFirst()
        .or(() -> all.stream().filter(term -> term.status().inUse()).findFirst());
  }
}
