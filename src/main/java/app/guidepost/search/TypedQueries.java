package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.analysis.AnalysedWords;
import app.guidepost.search.analysis.LanguageAnalyzers;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * What a person typed, as the query of one language: the words of every field of that
 * language, neighbouring words near each other, compounds split and joined, unknown words one
 * typo away, and the glossary's words. Query syntax is never interpreted: the text only ever
 * passes through the analyzers.
 */
final class TypedQueries {

  /** More distinct words than any question needs; the rest of a pasted text is ignored. */
  static final int MAX_TERMS = 32;
  /** Neighbouring word pairs scored for proximity; a long pasted text adds no more. */
  static final int MAX_PAIRS = 16;
  /**
   * Two neighbouring query words found at most this many positions apart in the text earn
   * {@link #PAIR_WEIGHT} more. Measured on XQuAD (nDCG@10): vi .902 -> .956, en .933 -> .950.
   */
  static final int PAIR_SLOP = 2;

  static final float PAIR_WEIGHT = 1f;
  /** Languages that write compounds closed, and the weight of a compound's other form. */
  static final Set<Language> COMPOUNDING = java.util.EnumSet.of(Language.DE, Language.NB);

  static final float COMPOUND_WEIGHT = 0.8f;
  /**
   * A compound found by its head ("Ablaufdiagramm" for "Diagramm") counts half: the text that
   * holds the word itself ranks first.
   */
  static final float HEAD_WEIGHT = 0.5f;
  /** Typo tolerance: only for words of this length, few candidates. */
  static final int TYPO_MIN_LENGTH = 4;
  /**
   * Nor for longer words: no real word is this long, and the automaton of a 249-letter word
   * made one search cost fifteen ordinary ones.
   */
  static final int TYPO_MAX_LENGTH = 40;

  static final int TYPO_EXPANSIONS = 10;
  /** At most this many unknown words of one query are matched fuzzily. */
  static final int TYPO_WORDS = 3;
  /**
   * A word the index does not know, found by its respellings, counts at full weight in the one
   * field it is matched in (TyposTest): it is often the one word that says what the question is about
   * ("add a new pritner"). Measured against 0.3 (docs/benchmarks.md): gnome-help English .776 ->
   * .781, German .676 -> .686, help-desk German .916 -> .925, XQuAD German and Arabic .937 /
   * .919 -> .940 / .922, NorQuAD .942 -> .946; no set lower.
   */
  static final float TYPO_WEIGHT = 1f;
  /** A word found through the termbase in another language (a concept's translation) counts, but less than a word typed. */
  static final float GLOSSARY_WEIGHT = 0.7f;
  /**
   * In the language typed, the termbase's other words for a typed word (its synonyms: "sign in"
   * for "log in", "engineer" for "support tech") count less again: the word itself is matched
   * already, and the 1,676 concepts' synonyms tilted queries toward every text using any of
   * them, the sibling practice article before the one asked for. Measured on the help-desk set
   * (nDCG@10 en / de / vi / nb / ar): .894 / .916 / .914 / .949 / .978 at 0.7, .905 / .916 /
   * .903 / .949 / .978 at 0.5, .916 / .916 / .917 / .949 / .978 at 0.3, .916 / .925 / .906 /
   * .949 / .978 at 0.2, .920 / .929 / .884 / .946 / .964 with none. Stock Lucene scores .918 /
   * .882 / .898 / .794 / .959 there. XQuAD, NorQuAD and the end-user problem queries (60 of 60)
   * move by at most .001.
   */
  static final float SYNONYM_WEIGHT = 0.3f;
  /**
   * A word the lexicon learned from the knowledge base's translations, in proportion to how
   * sure the lexicon is. It stands for a word the reader typed in another language, and only a
   * part of a query's words have a learned rendering, so it weighs more than a typed word; it
   * orders stand-ins among themselves only ({@link StandIns}). Measured on xquad-xlang
   * (nDCG@10 de / vi / vi without diacritics / ar where the answer exists in English only):
   * 1.5 -> .489 / .266 / .249 / .308, 3 -> .510 / .265 / .250 / .308, 5 -> .480 / .227 / .224 /
   * .300. Learned sentence by sentence, the lexicon is surer of its renderings, and a lighter
   * weight measures better: 1 -> .621 / .539 / .521 / .458, 1.5 -> .644 / .538 / .549 / .470,
   * 2 -> .649 / .536 / .549 / .470, 3 -> .638 / .499 / .517 / .457, 4 -> .611 / .455 / .480 /
   * .454; the groups answered in their own language within .001 throughout.
   */
  static final float LEXICON_WEIGHT = 2f;
  /** The words of a glossary term may stand a few words apart ("setter innringeren på vent"). */
  static final int GLOSSARY_SLOP = 3;

  private final Analyzer analyzer;
  private final LanguageAnalyzers analyzers;
  /** English as a reader types it: without the words of asking ({@link LanguageAnalyzers#ENGLISH_QUESTION_WORDS}). */
  private final Analyzer englishQuestions = new EnglishAnalyzer(LanguageAnalyzers.ENGLISH_QUESTION_WORDS);
  private static final Set<String> ENGLISH_MAIN_FIELDS =
      Set.of(TextField.main(Language.EN, TextField.Kind.BODY).name(), TextField.main(Language.EN, TextField.Kind.TITLE).name(),
          TextField.main(Language.EN, TextField.Kind.ABOUT).name());

  TypedQueries(Analyzer analyzer) {
    this(analyzer, new LanguageAnalyzers());
  }

  TypedQueries(Analyzer analyzer, LanguageAnalyzers analyzers) {
    this.analyzer = analyzer;
    this.analyzers = analyzers;
  }

  /**
   * The words of {@code text} as each field of {@code language} indexes them, each a term
   * query, plus a proximity bonus for every two neighbouring words found near each other in
   * the text: multi-syllable Vietnamese words and multi-word phrases rank above scattered
   * matches.
   */
  Optional<Typed> forLanguage(KnownTerms terms, Language language, String text, Set<String> glossaryTerms, boolean typedInThisLanguage) {
    return forLanguage(terms, language, text, glossaryTerms, Map.of(), CompoundHeads.NONE, typedInThisLanguage);
  }

  /**
   * As above, with the words of this language that the learned lexicon renders the query's
   * words with, each with its confidence: they are matched in the language's main fields,
   * except those the query already holds as they are; and in the language typed, the
   * compounds whose head a typed word is.
   */
  Optional<Typed> forLanguage(
      KnownTerms terms, Language language, String text, Set<String> glossaryTerms, Map<String, Float> learned, CompoundHeads heads,
      boolean typedInThisLanguage) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<CloseWords.Pair> pairs = new ArrayList<>();
    BooleanQuery.Builder stopWords = new BooleanQuery.Builder();
    boolean any = false;
    float glossaryWeight = typedInThisLanguage ? SYNONYM_WEIGHT : GLOSSARY_WEIGHT;
    // A compound is split as written and its parts stemmed: its stem is not the stems of its
    // parts ("Tonerstand" is "tonersta", "Toner" is "ton"), so split as stemmed, a part found
    // only in a title or in another inflection was not found at all. Split once, stemmed per field.
    // gnome-help-easy German .852 -> .857, help-desk set German .912 -> .922 (docs/benchmarks.md).
    TextField surface = TextField.of(language, TextField.Kind.BODY, TextField.Form.EXACT);
    Set<String> writtenParts = COMPOUNDING.contains(language) && TextField.forLanguage(language).contains(surface)
        ? compoundForms(terms, surface.name(), typedInThisLanguage ? typedWords(surface.name(), text) : words(surface.name(), text))
        : Set.of();
    for (TextField field : TextField.forLanguage(language)) {
      if (!field.searchedIn(typedInThisLanguage)) {
        continue;
      }
      List<String> words = typedInThisLanguage ? typedWords(field.name(), text) : words(field.name(), text);
      if (field.form() != TextField.Form.EXACT) {
        List<String> typed = typedInThisLanguage ? words : List.of();
        TextField exact = TextField.of(language, TextField.Kind.BODY, TextField.Form.EXACT);
        boolean hasExact = TextField.forLanguage(language).contains(exact);
        for (String term : glossaryTerms) {
          List<String> termWords = words(field.name(), term);
          List<String> surfaceWords = hasExact ? words(exact.name(), term) : termWords;
          if (termWords.size() <= 1 && surfaceWords.size() > termWords.size()) {
            // The language's analyzer drops all but one of the term's words ("sign in" would be
            // "sign", matching every text about signs and signatures): the term is matched as
            // written, in the body's exact form, or not at all where no word is left. A term left
            // with two words or more ("sette på vent": "sett vent") is still a phrase.
            if (field.kind() == TextField.Kind.BODY && termWords.size() == 1 && surfaceWords.size() > 1
                && !(typedInThisLanguage && words(exact.name(), text).containsAll(surfaceWords))) {
              query.add(new BoostQuery(new PhraseQuery(0, exact.name(), surfaceWords.toArray(String[]::new)), exact.boost() * glossaryWeight), Occur.SHOULD);
              any = true;
            }
            continue;
          }
          // What the reader typed already counts in full: only its synonyms are added.
          if (!termWords.isEmpty() && typed.containsAll(termWords)) {
            continue;
          }
          Query glossaryQuery = termWords.size() == 1
              ? terms.query(new Term(field.name(), termWords.getFirst()))
              : termWords.isEmpty() ? null : new PhraseQuery(GLOSSARY_SLOP, field.name(), termWords.toArray(String[]::new));
          if (glossaryQuery != null) {
            query.add(new BoostQuery(glossaryQuery, field.boost() * glossaryWeight), Occur.SHOULD);
            any = true;
          }
        }
      }
      if (field.form() == TextField.Form.MAIN) {
        for (Map.Entry<String, Float> rendering : learned.entrySet()) {
          if (!words.contains(rendering.getKey())) {
            Query learnedWord = terms.query(new Term(field.name(), rendering.getKey()));
            query.add(new BoostQuery(learnedWord, field.boost() * LEXICON_WEIGHT * rendering.getValue()), Occur.SHOULD);
            any = true;
          }
        }
      }
      for (String term : new LinkedHashSet<>(words)) {
        // The exact field keeps the stop words its language's analyzer drops: they add to the
        // score of what the other words match, but alone they would make nearly every document
        // a hit (and every search count them all).
        Query word = new BoostQuery(terms.query(new Term(field.name(), term)), field.boost());
        if (field.form() == TextField.Form.EXACT && isStopWord(language, field.kind(), term, typedInThisLanguage)) {
          stopWords.add(word, Occur.SHOULD);
          continue;
        }
        query.add(word, Occur.SHOULD);
        any = true;
      }
      if (field.kind() == TextField.Kind.BODY) {
        for (int i = 1; i < words.size() && i <= MAX_PAIRS; i++) {
          if (!words.get(i - 1).equals(words.get(i))) {
            pairs.add(new CloseWords.Pair(field.name(), words.get(i - 1), words.get(i), field.boost() * PAIR_WEIGHT));
          }
        }
      }
      if (language == Language.AR && typedInThisLanguage && field.form() == TextField.Form.MAIN) {
        // A word no text holds, read without the preposition or conjunction written joined to
        // it, is the word the texts hold ("بتمويل": "تمويل"), and counts as typed.
        for (String word : new LinkedHashSet<>(words)) {
          ArabicClitics.bare(terms, field.name(), word)
              .filter(bare -> !words.contains(bare))
              .ifPresent(bare -> query.add(new BoostQuery(terms.query(new Term(field.name(), bare)), field.boost()), Occur.SHOULD));
        }
      }
      if (COMPOUNDING.contains(language) && field.form() != TextField.Form.FOLDED) {
        Set<String> forms = compoundForms(terms, field.name(), words);
        if (field.form() == TextField.Form.MAIN) {
          for (String part : writtenParts) {
            for (String stem : words(field.name(), part)) {
              if (!words.contains(stem) && terms.visible(new Term(field.name(), stem))) {
                forms.add(stem);
              }
            }
          }
        }
        for (String term : forms) {
          query.add(new BoostQuery(terms.query(new Term(field.name(), term)), field.boost() * COMPOUND_WEIGHT), Occur.SHOULD);
        }
        if (typedInThisLanguage && field.form() == TextField.Form.MAIN) {
          for (String word : new LinkedHashSet<>(words)) {
            for (String compound : heads.compounds(language, word)) {
              Term compoundTerm = new Term(field.name(), compound);
              if (!words.contains(compound) && terms.visible(compoundTerm)) {
                query.add(new BoostQuery(terms.query(compoundTerm), field.boost() * HEAD_WEIGHT), Occur.SHOULD);
              }
            }
          }
        }
      }
      // Typos are forgiven in the language the words were typed in only: in the others, most
      // words are unknown by nature, and each fuzzy match costs an automaton.
      if (typedInThisLanguage && field.form() == typoForm(language, field.kind())) {
        // A stop word or a word of asking is no typo: the exact form keeps "mine", which no text
        // holds, and it found "mice", "mime" and "mind".
        new LinkedHashSet<>(words).stream()
            .filter(word -> field.form() != TextField.Form.EXACT || !isStopWord(language, field.kind(), word, true))
            .map(word -> typoTolerant(terms, field, word))
            .flatMap(Optional::stream)
            .limit(TYPO_WORDS)
            .forEach(fuzzy -> query.add(fuzzy, Occur.SHOULD));
      }
    }
    BooleanQuery onlyStopWords = stopWords.build();
    if (!any && onlyStopWords.clauses().isEmpty()) {
      return Optional.empty();
    }
    // Nothing but stop words typed ("IT", "how to"): then they are what to look for.
    BooleanQuery matching = any ? query.build() : onlyStopWords;
    BooleanQuery bonusStopWords = any ? onlyStopWords : new BooleanQuery.Builder().build();
    return Optional.of(new Typed(matching, new CloseWords(terms, bonusStopWords, pairs, PAIR_SLOP)));
  }

  /**
   * The field whose analysis gives the words of a text as typed, one by one: the exact form,
   * or for Vietnamese (which has none) the main form, which keeps what was typed.
   */
  static TextField surfaces(Language language) {
    TextField exact = TextField.of(language, TextField.Kind.BODY, TextField.Form.EXACT);
    return TextField.forLanguage(language).contains(exact) ? exact : TextField.main(language, TextField.Kind.BODY);
  }

  /** A word the language's own analyzer drops (its main field never holds it), or a word of asking typed in English. */
  private boolean isStopWord(Language language, TextField.Kind kind, String word, boolean typedInThisLanguage) {
    String main = TextField.main(language, kind).name();
    return (typedInThisLanguage ? typedWords(main, word) : words(main, word)).isEmpty();
  }

  /**
   * What was typed, in two parts: the query {@code matching} says which documents are hits and gives
   * each its score, without position checks; {@code bonus} adds to the score of a hit its stop
   * words in their surface form and its neighbouring words found close together. The bonus is
   * worked out for the best hits only: checking positions in every hit would cost most of a
   * search on a large corpus. A document only the bonus matches is never a hit.
   */
  record Typed(Query matching, CloseWords bonus) {}

  /**
   * The form of a field in which typos are looked for: Vietnamese without diacritics; otherwise
   * the body's exact form and the main one of the title and of title with summary (they have no
   * exact form). Matched in the
   * body only, a word typed wrong weighed a third of the word typed right, and "pritner" lost to
   * every article whose title said "add" (gnome-help English .781 -> .797 with the title).
   */
  private static TextField.Form typoForm(Language language, TextField.Kind kind) {
    if (language == Language.VI) {
      return TextField.Form.FOLDED;
    }
    return kind == TextField.Kind.BODY ? TextField.Form.EXACT : TextField.Form.MAIN;
  }

  /**
   * For a word the index does not know, the words one edit away (two for long words), few, and
   * weighed less for each edit than the word typed right.
   */
  private Optional<Query> typoTolerant(KnownTerms terms, TextField field, String word) {
    if (!typoCandidate(word)) {
      return Optional.empty();
    }
    try {
      if (terms.visible(new Term(field.name(), word))) {
        return Optional.empty();
      }
      return Optional.of(new BoostQuery(typoExpansions.expand(terms, new Term(field.name(), word)), field.boost() * TYPO_WEIGHT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a word is of a length whose typos are looked for. */
  static boolean typoCandidate(String word) {
    int length = word.codePointCount(0, word.length());
    return length >= TYPO_MIN_LENGTH && length <= TYPO_MAX_LENGTH;
  }

  /**
   * The words within reach of an unknown word, as plain term queries, per index state. Finding
   * them intersects an automaton with every segment's term dictionary, the dearest step of a
   * short query; an outage repeats the same queries, typos included, so each is expanded once
   * until the index changes. Bounded: a flood of distinct typos empties it, never grows it.
   */
  private static final class TypoExpansions {
    private static final int MAX_KEPT = 20_000;

    /** Expansions for readers (words of public documents only) and for staff are kept apart. */
    private record Key(Term word, boolean publicOnly) {}

    private record ForReader(IndexReader reader, ConcurrentHashMap<Key, Query> expansions) {}

    private volatile ForReader current = new ForReader(null, new ConcurrentHashMap<>());

    Query expand(KnownTerms terms, Term word) throws IOException {
      IndexSearcher searcher = terms.searcher();
      ForReader known = current;
      if (known.reader() != searcher.getIndexReader()) {
        known = new ForReader(searcher.getIndexReader(), new ConcurrentHashMap<>());
        current = known;
      }
      Key key = new Key(word, !terms.includesInternal());
      Query expansion = known.expansions().get(key);
      if (expansion == null) {
        int edits = word.text().length() >= 10 ? 2 : 1;
        expansion = terms.includesInternal()
            ? searcher.rewrite(new FuzzyQuery(word, edits, 1, TYPO_EXPANSIONS, true))
            : visibleOnly(terms, searcher.rewrite(new FuzzyQuery(word, edits, 1, TYPO_EXPANSIONS * 4, true)));
        if (known.expansions().size() >= MAX_KEPT) {
          known.expansions().clear();
        }
        known.expansions().put(key, expansion);
      }
      return expansion;
    }

    /**
     * The expansion's words a reader may see, the closest {@value TypedQueries#TYPO_EXPANSIONS}:
     * an internal word must neither be searched for them nor take the place of a public one.
     * The rewritten fuzzy query is a disjunction with one term per clause.
     */
    private static Query visibleOnly(KnownTerms terms, Query rewritten) {
      if (!(rewritten instanceof BooleanQuery disjunction)) {
        return rewritten;
      }
      BooleanQuery.Builder kept = new BooleanQuery.Builder();
      int count = 0;
      for (org.apache.lucene.search.BooleanClause clause : disjunction.clauses()) {
        Set<Term> clauseTerms = new java.util.HashSet<>();
        clause.query().visit(org.apache.lucene.search.QueryVisitor.termCollector(clauseTerms));
        if (count < TYPO_EXPANSIONS && !clauseTerms.isEmpty() && clauseTerms.stream().allMatch(terms::visible)) {
          kept.add(clause);
          count++;
        }
      }
      return kept.build();
    }
  }

  private final TypoExpansions typoExpansions = new TypoExpansions();


  /**
   * A text as the glossary compares it in {@code language}: its main analysed words with the
   * words of negation kept ({@link LanguageAnalyzers#keepingNegations}), and for Vietnamese
   * also its words without diacritics.
   */
  List<List<String>> glossaryForms(Language language, String text) {
    List<List<String>> forms = new ArrayList<>();
    forms.add(words(analyzers.keepingNegations(language), "", text));
    if (language == Language.VI) {
      forms.add(words(TextField.of(language, TextField.Kind.BODY, TextField.Form.FOLDED).name(), text));
    }
    return forms;
  }

  /** The words of {@code text} in {@code language}, stemmed as in its main fields but with the stop words kept. */
  List<String> withStopWords(Language language, String text) {
    return words(analyzers.keepingStopWords(language), "", text);
  }

  /** The parts of closed compounds the index lacks, and the compounds of neighbouring words it has. */
  private static Set<String> compoundForms(KnownTerms terms, String field, List<String> words) {
    Set<String> forms = new LinkedHashSet<>();
    for (int i = 0; i < words.size() && i < MAX_PAIRS; i++) {
      Compounds.split(terms, field, words.get(i)).ifPresent(forms::addAll);
      if (i > 0) {
        Compounds.join(terms, field, words.get(i - 1), words.get(i)).ifPresent(forms::add);
      }
    }
    forms.removeAll(words);
    return forms;
  }

  /** The analysed words of {@code text} in order, at most {@link #MAX_TERMS}, as the field indexes them. */
  List<String> words(String field, String text) {
    return words(analyzer, field, text);
  }

  /**
   * The words of what a reader typed, searched in a field of the language it was typed in: as
   * {@link #words}, but English leaves out the words of asking. Only the reader's own words: a
   * termbase term or another language's word keeps them (leaving them out there too cost
   * Vietnamese questions answered in English .02 on gnome-help, docs/benchmarks.md).
   */
  List<String> typedWords(String field, String text) {
    return words(ENGLISH_MAIN_FIELDS.contains(field) ? englishQuestions : analyzer, field, text);
  }

  private static List<String> words(Analyzer analyzer, String field, String text) {
    return AnalysedWords.of(analyzer, field, text, MAX_TERMS);
  }
}
