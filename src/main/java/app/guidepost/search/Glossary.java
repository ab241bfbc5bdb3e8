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
   * The words to look for in each language because {@code text}, written in {@code reader},
   * names a concept. {@code words} turns a text into the words of a language as search sees
   * them (analysed), so that a concept is found in any inflection or spelling the analysis
   * already forgives; a term matches when its words occur one after another in the text.
   */
  public Map<Language, Set<String>> expand(Language reader, String text, BiFunction<Language, String, List<List<String>>> words) {
    Map<Language, Set<String>> expansion = new EnumMap<>(Language.class);
    List<List<String>> textForms = words.apply(reader, text);
    for (Concept concept : concepts) {
      boolean named = concept.terms(reader).stream().anyMatch(term -> occurs(words.apply(reader, term), textForms));
      if (named) {
        for (Language language : Language.values()) {
          expansion.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(concept.terms(language));
        }
      }
    }
    return expansion;
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
