package app.guidepost.search;

import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The multilingual glossary: concepts, each with the words people use for it in each
 * language. A query that contains a concept's word in the reader's language also looks for
 * the concept's other words, in that language (synonyms) and in the others (so that an
 * article that exists only in another language is reached). Applied at query time: editing
 * the glossary needs no reindex.
 */
public record Glossary(List<Concept> concepts) {

  public static final Glossary EMPTY = new Glossary(List.of());

  public Glossary {
    concepts = List.copyOf(concepts);
  }

  /** One concept and its words per language. */
  public record Concept(String id, Map<Language, List<String>> terms) {
    public Concept {
      Map<Language, List<String>> copy = new EnumMap<>(Language.class);
      terms.forEach((language, words) -> copy.put(language, List.copyOf(words)));
      terms = Map.copyOf(copy);
    }

    public List<String> terms(Language language) {
      return terms.getOrDefault(language, List.of());
    }
  }

  /**
   * The glossary with every term analysed once, as search compares it: build it once per
   * glossary and analyzer, then {@link Analysed#expand} costs only the query's own analysis.
   *
   * @param words turns a text into the words of a language as search sees them (one list per
   *     analysed form), so that a concept is found in any inflection or spelling the analysis
   *     already forgives
   */
  public Analysed analysed(BiFunction<Language, String, List<List<String>>> words) {
    return new Analysed(this, words);
  }

  /** A glossary whose terms are analysed; a term matches when its words occur in a row in the text. */
  public static final class Analysed {
    private final Glossary glossary;
    private final BiFunction<Language, String, List<List<String>>> words;
    private final Map<Language, List<List<List<List<String>>>>> termForms = new EnumMap<>(Language.class);

    private Analysed(Glossary glossary, BiFunction<Language, String, List<List<String>>> words) {
      this.glossary = glossary;
      this.words = words;
      for (Language language : Language.values()) {
        List<List<List<List<String>>>> perConcept = new ArrayList<>();
        for (Concept concept : glossary.concepts()) {
          perConcept.add(concept.terms(language).stream().map(term -> words.apply(language, term)).toList());
        }
        termForms.put(language, perConcept);
      }
    }

    public Glossary glossary() {
      return glossary;
    }

    /** The words to look for in each language because {@code text}, written in {@code reader}, names a concept. */
    public Map<Language, Set<String>> expand(Language reader, String text) {
      Map<Language, Set<String>> expansion = new EnumMap<>(Language.class);
      if (glossary.concepts().isEmpty()) {
        return expansion;
      }
      List<List<String>> textForms = words.apply(reader, text);
      List<List<List<List<String>>>> perConcept = termForms.get(reader);
      for (int i = 0; i < perConcept.size(); i++) {
        if (perConcept.get(i).stream().anyMatch(term -> occurs(term, textForms))) {
          Concept concept = glossary.concepts().get(i);
          for (Language language : Language.values()) {
            expansion.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(concept.terms(language));
          }
        }
      }
      return expansion;
    }
  }

  /** True when, in one of the analysed forms, the term's words occur in a row in the text. */
  private static boolean occurs(List<List<String>> termForms, List<List<String>> textForms) {
    for (int form = 0; form < Math.min(termForms.size(), textForms.size()); form++) {
      if (containsRun(textForms.get(form), termForms.get(form))) {
        return true;
      }
    }
    return false;
  }

  static boolean containsRun(List<String> text, List<String> run) {
    if (run.isEmpty() || run.size() > text.size()) {
      return false;
    }
    for (int start = 0; start + run.size() <= text.size(); start++) {
      if (text.subList(start, start + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return concepts.size();
  }

  /** All concepts whose id is {@code id}; ids are unique, so at most one. */
  public List<Concept> byId(String id) {
    List<Concept> found = new ArrayList<>();
    concepts.stream().filter(c -> c.id().equals(id)).forEach(found::add);
    return found;
  }
}
