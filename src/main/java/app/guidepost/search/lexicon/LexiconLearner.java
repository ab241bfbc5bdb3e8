package app.guidepost.search.lexicon;

import app.guidepost.i18n.Language;
import app.guidepost.search.analysis.AnalysedWords;
import app.guidepost.search.index.IndexFields;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.search.index.TextField;
import app.guidepost.search.index.TranslationDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Learns a {@link Lexicon} from the articles of an index that exist in more than one language.
 * An article's translations are aligned text: the titles with each other, and the bodies block
 * by block when they have as many blocks (a translation keeps its source's paragraphs, list
 * items and headings), else as a whole. Words are analysed as the main field of their language
 * indexes them, so what is learned is what a search can match.
 */
public final class LexiconLearner {

  /** Fewer articles in two languages teach nothing reliable about the pair. */
  static final int MIN_ARTICLES = 3;

  /**
   * Articles learned from per language pair, in slug order: bounds the learning on a large
   * knowledge base (seconds, not minutes), with plenty to learn its vocabulary from.
   */
  static final int MAX_ARTICLES = 2_000;

  /** Distinct words of one unit: a whole article body compared as one unit is cut here. */
  static final int MAX_WORDS_PER_UNIT = 150;

  private final Analyzer analyzer;

  public LexiconLearner(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** What the articles of {@code searcher}'s index teach, every pair of languages they share. */
  public Lexicon learn(IndexSearcher searcher) {
    Map<String, Map<Language, Integer>> articles = articles(searcher);
    Map<Lexicon.Direction, Map<String, List<Rendering>>> renderings = new HashMap<>();
    Map<Lexicon.Direction, Integer> counts = new HashMap<>();
    Language[] languages = Language.values();
    for (int i = 0; i < languages.length; i++) {
      for (int j = i + 1; j < languages.length; j++) {
        Language first = languages[i];
        Language second = languages[j];
        List<AlignedUnit> units = new ArrayList<>();
        int shared = 0;
        for (Map<Language, Integer> article : articles.values()) {
          if (shared < MAX_ARTICLES && article.containsKey(first) && article.containsKey(second)) {
            shared++;
            units.addAll(aligned(first, text(searcher, article.get(first), first), second, text(searcher, article.get(second), second)));
          }
        }
        if (shared < MIN_ARTICLES) {
          continue;
        }
        WordAlignment.Learned learned = WordAlignment.learn(units);
        Lexicon.Direction forward = new Lexicon.Direction(first, second);
        Lexicon.Direction backward = new Lexicon.Direction(second, first);
        Map<String, List<Rendering>> forwardRenderings = new HashMap<>(learned.forward());
        Map<String, List<Rendering>> backwardRenderings = new HashMap<>(learned.backward());
        if ((first == Language.VI || second == Language.VI)) {
          // Syllable pairs learned on their own: beside single syllables they would take
          // probability from them in the alignment.
          List<AlignedUnit> pairUnits = new ArrayList<>();
          int counted = 0;
          for (Map<Language, Integer> article : articles.values()) {
            if (counted < MAX_ARTICLES && article.containsKey(first) && article.containsKey(second)) {
              counted++;
              pairUnits.addAll(aligned(first, text(searcher, article.get(first), first), second, text(searcher, article.get(second), second),
                  (language, text) -> language == Language.VI ? syllablePairs(text) : words(language, text)));
            }
          }
          WordAlignment.Learned pairs = WordAlignment.learn(pairUnits);
          (first == Language.VI ? forwardRenderings : backwardRenderings).putAll(first == Language.VI ? pairs.forward() : pairs.backward());
        }
        renderings.put(forward, withFoldedForms(first, singleWords(forwardRenderings)));
        renderings.put(backward, withFoldedForms(second, singleWords(backwardRenderings)));
        counts.put(forward, shared);
        counts.put(backward, shared);
      }
    }
    return new Lexicon(renderings, counts);
  }

  /** Renderings that are one word: a search matches a syllable pair only through its syllables. */
  private static Map<String, List<Rendering>> singleWords(Map<String, List<Rendering>> renderings) {
    Map<String, List<Rendering>> kept = new HashMap<>();
    renderings.forEach((word, list) -> {
      List<Rendering> single = list.stream().filter(r -> r.word().indexOf(' ') < 0).toList();
      if (!single.isEmpty()) {
        kept.put(word, single);
      }
    });
    return kept;
  }

  private record Text(String title, String body) {}

  private static final Set<String> KEY_FIELDS = Set.of(IndexFields.SLUG, IndexFields.LANG, IndexFields.TYPE);

  /**
   * Every article in more than one language, by slug in slug order, with the document of each
   * language. Texts are read later, a pair at a time: a large knowledge base's texts all at
   * once would not fit the memory a server is given.
   */
  private static Map<String, Map<Language, Integer>> articles(IndexSearcher searcher) {
    Map<String, Map<Language, Integer>> articles = new TreeMap<>();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document document = stored.document(doc, KEY_FIELDS);
          Optional<Language> language = Language.fromCode(document.get(IndexFields.LANG));
          if (IndexedTranslation.ARTICLE.equals(document.get(IndexFields.TYPE)) && language.isPresent()) {
            articles.computeIfAbsent(document.get(IndexFields.SLUG), slug -> new EnumMap<>(Language.class)).put(language.get(), leaf.docBase + doc);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    articles.values().removeIf(documents -> documents.size() < 2);
    return articles;
  }

  private static Text text(IndexSearcher searcher, int doc, Language language) {
    try {
      Document document = searcher.storedFields().document(doc, Set.of(IndexFields.TITLE, TextField.main(language, TextField.Kind.BODY).name()));
      return new Text(java.util.Objects.requireNonNullElse(document.get(IndexFields.TITLE), ""),
          java.util.Objects.requireNonNullElse(TranslationDocuments.bodyText(document, language), ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The title pair, and the bodies sentence by sentence: within each block when the bodies have
   * as many blocks, else over the whole body ({@link SentenceAlignment}).
   */
  private List<AlignedUnit> aligned(Language first, Text firstText, Language second, Text secondText) {
    return aligned(first, firstText, second, secondText, this::words);
  }

  private List<AlignedUnit> aligned(
      Language first, Text firstText, Language second, Text secondText, java.util.function.BiFunction<Language, String, List<String>> words) {
    List<AlignedUnit> units = new ArrayList<>();
    units.add(new AlignedUnit(words.apply(first, firstText.title()), words.apply(second, secondText.title())));
    String[] firstBlocks = firstText.body().split("\n");
    String[] secondBlocks = secondText.body().split("\n");
    if (firstBlocks.length == secondBlocks.length && firstBlocks.length > 1) {
      for (int i = 0; i < firstBlocks.length; i++) {
        units.addAll(sentenceBySentence(first, firstBlocks[i], second, secondBlocks[i], words));
      }
    } else {
      units.addAll(sentenceBySentence(first, firstText.body(), second, secondText.body(), words));
    }
    return units;
  }

  /** The sentences of two texts that translate each other, each group as one unit. */
  private static List<AlignedUnit> sentenceBySentence(
      Language first, String firstText, Language second, String secondText, java.util.function.BiFunction<Language, String, List<String>> words) {
    List<String> firstSentences = sentences(first, firstText);
    List<String> secondSentences = sentences(second, secondText);
    List<AlignedUnit> units = new ArrayList<>();
    for (SentenceAlignment.Bead bead : SentenceAlignment.align(lengths(firstSentences), lengths(secondSentences))) {
      units.add(new AlignedUnit(
          words.apply(first, String.join(" ", firstSentences.subList(bead.firstStart(), bead.firstEnd()))),
          words.apply(second, String.join(" ", secondSentences.subList(bead.secondStart(), bead.secondEnd())))));
    }
    return units;
  }

  /**
   * The sentences of {@code text} by the rules of its language, blank ones left out; a full stop
   * after a known abbreviation ("Dr.", "Mr.") ends none.
   */
  static List<String> sentences(Language language, String text) {
    com.ibm.icu.text.BreakIterator boundaries = (com.ibm.icu.text.BreakIterator) SENTENCE_RULES.get(language).clone();
    boundaries.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = boundaries.first(), end = boundaries.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = boundaries.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /**
   * Each language's sentence rules, made once: making them reads ICU's rule data and takes far
   * longer than a clone, and a learning splits every block of every shared article.
   */
  private static final Map<Language, com.ibm.icu.text.BreakIterator> SENTENCE_RULES = sentenceRules();

  private static Map<Language, com.ibm.icu.text.BreakIterator> sentenceRules() {
    Map<Language, com.ibm.icu.text.BreakIterator> rules = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      rules.put(language, com.ibm.icu.text.BreakIterator.getSentenceInstance(new com.ibm.icu.util.ULocale(language.code() + "@ss=standard")));
    }
    return rules;
  }

  private static int[] lengths(List<String> sentences) {
    return sentences.stream().mapToInt(String::length).toArray();
  }

  /**
   * The distinct words of {@code text} as the main body field of {@code language} indexes them;
   * for Vietnamese also each two neighbouring syllables as one word ({@link #syllablePair}).
   */
  private List<String> words(Language language, String text) {
    return analysed(TextField.main(language, TextField.Kind.BODY).name(), text, MAX_WORDS_PER_UNIT);
  }

  /** The distinct pairs of neighbouring syllables of a Vietnamese {@code text} ({@link #syllablePair}). */
  private List<String> syllablePairs(String text) {
    List<String> syllables = inOrder(TextField.main(Language.VI, TextField.Kind.BODY).name(), text);
    Set<String> pairs = new LinkedHashSet<>();
    for (int i = 1; i < syllables.size() && pairs.size() < MAX_WORDS_PER_UNIT; i++) {
      pairs.add(syllablePair(syllables.get(i - 1), syllables.get(i)));
    }
    return List.copyOf(pairs);
  }

  /**
   * Two neighbouring Vietnamese syllables as one word of the lexicon: most Vietnamese words are
   * two syllables ("chính phủ", government), and each syllable alone means something else or
   * many things, so their renderings split what the word means between them.
   */
  public static String syllablePair(String first, String second) {
    return first + " " + second;
  }

  /** The analysed words of {@code text} in order, repeats included. */
  private List<String> inOrder(String field, String text) {
    return AnalysedWords.of(analyzer, field, text);
  }

  /**
   * The renderings also under each word's form without diacritics (for Vietnamese, where readers
   * often type without them); where two words fold alike, their renderings are pooled.
   */
  private Map<String, List<Rendering>> withFoldedForms(Language language, Map<String, List<Rendering>> renderings) {
    TextField folded = TextField.of(language, TextField.Kind.BODY, TextField.Form.FOLDED);
    if (!TextField.forLanguage(language).contains(folded)) {
      return renderings;
    }
    Map<String, Map<String, Float>> pooled = new HashMap<>();
    renderings.forEach((word, list) -> java.util.stream.Stream.of(String.join(" ", analysed(folded.name(), word, 2)))
        .filter(form -> !form.equals(word))
        .forEach(form -> list.forEach(r -> pooled.computeIfAbsent(form, f -> new HashMap<>()).merge(r.word(), r.confidence(), Math::max))));
    Map<String, List<Rendering>> all = new HashMap<>(renderings);
    pooled.forEach((form, byWord) -> {
      if (!all.containsKey(form)) {
        all.put(form, byWord.entrySet().stream()
            .map(e -> new Rendering(e.getKey(), e.getValue()))
            .sorted(java.util.Comparator.comparing(Rendering::confidence).reversed().thenComparing(Rendering::word))
            .limit(WordAlignment.MAX_RENDERINGS)
            .toList());
      }
    });
    return all;
  }

  private List<String> analysed(String field, String text, int limit) {
    Set<String> words = new LinkedHashSet<>();
    for (String word : inOrder(field, text)) {
      if (words.size() == limit) {
        break;
      }
      words.add(word);
    }
    return List.copyOf(words);
  }

}
