package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.terminology.Termbase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The termbase as search applies it: concepts, each with the words people use for it in each
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

  /** The termbase as search uses it: each concept with the terms writers may use (not deprecated ones). */
  public static Glossary of(Termbase termbase) {
    List<Concept> concepts = new ArrayList<>(termbase.size());
    for (app.guidepost.terminology.Concept concept : termbase.concepts()) {
      Map<Language, List<String>> terms = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        terms.put(language, concept.wordsInUse(language));
      }
      concepts.add(new Concept(concept.id(), terms));
    }
    return new Glossary(concepts);
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
    return new Analysed(this, words, Optional.empty());
  }

  /**
   * As above; and a term the analysis shrinks to one word or none by leaving out its stop words
   * ("log on", "koble fra", "kein Papier", "غير متصل", "IT") is recognised only by all its words,
   * as {@code withStopWords} analyses them: otherwise "log" alone named "log on", and "koble til"
   * (connect) named "koble fra" (disconnect).
   */
  public Analysed analysed(BiFunction<Language, String, List<List<String>>> words, BiFunction<Language, String, List<String>> withStopWords) {
    return new Analysed(this, words, Optional.of(withStopWords));
  }

  /**
   * A glossary whose terms are analysed; a term matches when its words occur in a row in the
   * text. Terms are filed by their first word, so a query looks at the few terms that start
   * with one of its words, not at every term of the termbase.
   */
  public static final class Analysed {
    private final Glossary glossary;
    private final BiFunction<Language, String, List<List<String>>> words;
    /** Per language, per analysed form: first word to the terms (concept index, words) starting with it. */
    private final Map<Language, List<Map<String, List<AnalysedTerm>>>> byFirstWord = new EnumMap<>(Language.class);
    private final Optional<BiFunction<Language, String, List<String>>> withStopWords;
    /** Per language: first word, stop words kept, to the terms recognised only with their stop words. */
    private final Map<Language, Map<String, List<AnalysedTerm>>> byFirstWordWithStopWords = new EnumMap<>(Language.class);

    /**
     * One term in its analysed form. An abbreviation in capitals ("DID", "IT", "SAFE") names its
     * concept only where the text writes it in capitals too: in small letters it is most often
     * a word of the language ("did", "it"), and expanding it sent long questions to articles
     * about telephone numbers.
     */
    private record AnalysedTerm(int concept, List<String> words, Optional<String> inCapitals, List<String> firstForm) {
      AnalysedTerm(int concept, List<String> words, Optional<String> inCapitals) {
        this(concept, words, inCapitals, words);
      }

      boolean namedIn(String text, List<String> textWords, int start) {
        return startsRunAt(textWords, start, words) && inCapitals.map(abbreviation -> writtenIn(text, abbreviation)).orElse(true);
      }

      /**
       * Whether a run found in a later form (Vietnamese without diacritics) is the term where the
       * text kept what the later form leaves out: a syllable typed with its marks ("động") is the
       * term's only if the term writes it so ("tự đóng" is not named by "tự động"); a syllable
       * typed bare ("dong") may be any of them.
       */
      boolean keptAsWritten(List<String> textFirstForm, List<String> textWords, int start) {
        if (textFirstForm.size() != textWords.size() || firstForm.size() != words.size()) {
          return true;
        }
        for (int i = 0; i < words.size(); i++) {
          String typed = textFirstForm.get(start + i);
          if (!typed.equals(textWords.get(start + i)) && !typed.equals(firstForm.get(i))) {
            return false;
          }
        }
        return true;
      }
    }

    private Analysed(Glossary glossary, BiFunction<Language, String, List<List<String>>> words,
        Optional<BiFunction<Language, String, List<String>>> withStopWords) {
      this.glossary = glossary;
      this.words = words;
      this.withStopWords = withStopWords;
      for (Language language : Language.values()) {
        List<Map<String, List<AnalysedTerm>>> perForm = new ArrayList<>();
        Map<String, List<AnalysedTerm>> withStops = new HashMap<>();
        for (int i = 0; i < glossary.concepts().size(); i++) {
          for (String term : glossary.concepts().get(i).terms(language)) {
            List<List<String>> forms = words.apply(language, term);
            List<String> whole = withStopWords.map(analysis -> analysis.apply(language, term)).orElse(List.of());
            int kept = forms.isEmpty() ? 0 : forms.getFirst().size();
            if (kept <= 1 && whole.size() > kept) {
              withStops.computeIfAbsent(whole.getFirst(), w -> new ArrayList<>())
                  .add(new AnalysedTerm(i, List.copyOf(whole), isAbbreviation(term) ? Optional.of(term) : Optional.empty()));
              continue;
            }
            for (int form = 0; form < forms.size(); form++) {
              List<String> run = forms.get(form);
              if (run.isEmpty()) {
                continue;
              }
              while (perForm.size() <= form) {
                perForm.add(new HashMap<>());
              }
              perForm.get(form).computeIfAbsent(run.getFirst(), w -> new ArrayList<>())
                  .add(new AnalysedTerm(i, List.copyOf(run), isAbbreviation(term) ? Optional.of(term) : Optional.empty(), List.copyOf(forms.getFirst())));
            }
          }
        }
        byFirstWord.put(language, perForm);
        byFirstWordWithStopWords.put(language, withStops);
      }
    }

    public Glossary glossary() {
      return glossary;
    }

    /** The words to look for in each language because {@code text}, written in {@code reader}, names a concept. */
    public Map<Language, Set<String>> expand(Language reader, String text) {
      Map<Language, Set<String>> expansion = new EnumMap<>(Language.class);
      for (Concept concept : named(reader, text)) {
        for (Language language : Language.values()) {
          expansion.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(concept.terms(language));
        }
      }
      return expansion;
    }

    /** The concepts {@code text}, written in {@code language}, names, in the glossary's order. */
    public List<Concept> named(Language language, String text) {
      if (glossary.concepts().isEmpty()) {
        return List.of();
      }
      List<List<String>> textForms = words.apply(language, text);
      List<Map<String, List<AnalysedTerm>>> perForm = byFirstWord.get(language);
      Set<Integer> named = new TreeSet<>();
      for (int form = 0; form < Math.min(perForm.size(), textForms.size()); form++) {
        List<String> textWords = textForms.get(form);
        for (int start = 0; start < textWords.size(); start++) {
          for (AnalysedTerm term : perForm.get(form).getOrDefault(textWords.get(start), List.of())) {
            if (!named.contains(term.concept()) && term.namedIn(text, textWords, start)
                && (form == 0 || term.keptAsWritten(textForms.getFirst(), textWords, start))) {
              named.add(term.concept());
            }
          }
        }
      }
      Map<String, List<AnalysedTerm>> withStops = byFirstWordWithStopWords.get(language);
      if (!withStops.isEmpty() && withStopWords.isPresent()) {
        List<String> textWords = withStopWords.get().apply(language, text);
        for (int start = 0; start < textWords.size(); start++) {
          for (AnalysedTerm term : withStops.getOrDefault(textWords.get(start), List.of())) {
            if (!named.contains(term.concept()) && term.namedIn(text, textWords, start)) {
              named.add(term.concept());
            }
          }
        }
      }
      return named.stream().map(glossary.concepts()::get).toList();
    }

    /** Whether {@code text}, written in {@code language}, holds {@code term}: its words in a row, in any analysed form. */
    public boolean holds(Language language, String text, String term) {
      List<List<String>> textForms = words.apply(language, text);
      List<List<String>> termForms = words.apply(language, term);
      for (int form = 0; form < Math.min(textForms.size(), termForms.size()); form++) {
        List<String> run = termForms.get(form);
        List<String> textWords = textForms.get(form);
        for (int start = 0; !run.isEmpty() && start < textWords.size(); start++) {
          if (startsRunAt(textWords, start, run)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Two or more letters, all capitals, perhaps with digits: "VPN", "DID", "2FA", "IT". */
  static boolean isAbbreviation(String term) {
    return term.codePoints().filter(Character::isLetter).count() >= 2
        && term.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** Whether {@code text} has {@code word} as it is written, not inside a longer word. */
  private static boolean writtenIn(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsRunAt(List<String> text, int start, List<String> run) {
    return start + run.size() <= text.size() && text.subList(start, start + run.size()).equals(run);
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
