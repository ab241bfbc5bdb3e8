package app.guidepost.search.analysis;

import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The analyzer of each language, as data with no silent default: every {@link Language} has
 * an entry, checked when the registry is built.
 *
 * <ul>
 *   <li>en: {@link EnglishAnalyzer} (possessives, stop words, Porter stemming)
 *   <li>de: {@link GermanTextAnalyzer} (umlaut and ß normalisation, Caumanns stemming)
 *   <li>nb: {@link NorwegianTextAnalyzer} (Snowball Norwegian stemming, æøå folding)
 *   <li>ar: {@link ArabicTextAnalyzer} (letter normalisation, prefix and suffix stemming, stop
 *       words as written and as the stemmer leaves them)
 *   <li>vi: {@link VietnameseAnalyzer#exact()}, plus {@link #vietnameseFolded()} for the
 *       diacritic-free field
 * </ul>
 */
public final class LanguageAnalyzers {

  /**
   * Lucene's English stop words, and the words of how people ask a help desk: pronouns,
   * auxiliaries, question words. Dropped from what a reader types, not from the texts: Lucene's
   * 33 leave "how do I", "my" and "why" as words, and a title such as "Why does my computer not
   * turn back on after I suspended it?" came first for "how do I back up my files" and seven
   * other questions of GNOME's help ({@code TypedQueries.typedWords}). Dropped from the index
   * too, they cost Vietnamese questions answered in English .03 (the lexicon learns from the
   * English texts as indexed). Words that
   * change what is asked stay words: "up", "off", "out", "back", "down". Measured in
   * docs/benchmarks.md.
   */
  public static final CharArraySet ENGLISH_QUESTION_WORDS = englishQuestionWords();

  private static CharArraySet englishQuestionWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    words.addAll(java.util.List.of(
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "our", "he", "him", "his", "she", "her", "its", "them",
        "am", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could", "would", "should", "may", "might", "must",
        "how", "what", "why", "when", "where", "which", "who", "whom",
        "so", "very", "just", "too", "from", "about", "please", "im", "ive"));
    return CharArraySet.unmodifiableSet(words);
  }

  private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
  private final Analyzer vietnameseFolded = VietnameseAnalyzer.folded();
  private final Map<Language, Analyzer> exact = new EnumMap<>(Language.class);
  private final Map<Language, Analyzer> keepingStopWords = new EnumMap<>(Language.class);
  private final Map<Language, Analyzer> keepingNegations = new EnumMap<>(Language.class);

  /**
   * The words of negation the stop lists hold. A termbase term keeps them when it is compared
   * with a question: without them "Akku lädt nicht" (not charging) is named by "Akku lädt
   * langsam", "الجهاز لا يشتغل" (will not start) by "the computer starts by itself", and "printer
   * not printing" by every question about printing. "ما" stays a stop word: it is "what" as
   * often as "not".
   */
  static final Map<Language, java.util.Set<String>> NEGATIONS = Map.of(
      Language.EN, java.util.Set.of("no", "not"),
      Language.DE, java.util.Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "ohne"),
      Language.NB, java.util.Set.of("ikke", "ingen", "uten", "ikkje", "ingi"),
      Language.AR, java.util.Set.of("لا", "لم", "لن", "غير"));

  public LanguageAnalyzers() {
    byLanguage.put(Language.EN, new EnglishAnalyzer());
    byLanguage.put(Language.DE, new GermanTextAnalyzer());
    byLanguage.put(Language.NB, new NorwegianTextAnalyzer());
    byLanguage.put(Language.AR, new ArabicTextAnalyzer());
    byLanguage.put(Language.VI, VietnameseAnalyzer.exact());
    keepingStopWords.put(Language.EN, new EnglishAnalyzer(CharArraySet.EMPTY_SET));
    keepingStopWords.put(Language.DE, new GermanTextAnalyzer(CharArraySet.EMPTY_SET));
    keepingStopWords.put(Language.NB, new NorwegianTextAnalyzer(CharArraySet.EMPTY_SET));
    keepingStopWords.put(Language.AR, new ArabicTextAnalyzer(CharArraySet.EMPTY_SET));
    keepingStopWords.put(Language.VI, byLanguage.get(Language.VI));
    keepingNegations.put(Language.EN, new EnglishAnalyzer(without(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, Language.EN)));
    keepingNegations.put(Language.DE, new GermanTextAnalyzer(without(org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet(), Language.DE)));
    keepingNegations.put(Language.NB, new NorwegianTextAnalyzer(without(org.apache.lucene.analysis.no.NorwegianAnalyzer.getDefaultStopSet(), Language.NB)));
    keepingNegations.put(Language.AR, new ArabicTextAnalyzer(without(ArabicTextAnalyzer.STOP_WORDS, Language.AR)));
    keepingNegations.put(Language.VI, byLanguage.get(Language.VI));
    for (Language language : Language.values()) {
      exact.put(language, new ExactFormAnalyzer(language));
      if (!byLanguage.containsKey(language) || !keepingStopWords.containsKey(language)) {
        throw new IllegalStateException("No analyzer for " + language);
      }
    }
  }

  public Analyzer forLanguage(Language language) {
    return byLanguage.get(language);
  }

  public Analyzer vietnameseFolded() {
    return vietnameseFolded;
  }

  /**
   * The analyzer of {@code language} with its stop words kept: the words a termbase term is
   * recognised by in a query when the analyzer would shrink it ("log on", "koble fra", "غير متصل",
   * "IT"), so that "log" alone, "koble til" or "متصل" do not name it.
   */
  public Analyzer keepingStopWords(Language language) {
    return keepingStopWords.get(language);
  }

  /**
   * The analyzer of {@code language} with its words of negation kept ({@link #NEGATIONS}): how a
   * termbase term and a question are compared, so that a term that says "not" is named only by
   * a question that says it too.
   */
  public Analyzer keepingNegations(Language language) {
    return keepingNegations.get(language);
  }

  private static CharArraySet without(CharArraySet stopWords, Language language) {
    CharArraySet kept = new CharArraySet(stopWords.size(), false);
    for (Object word : stopWords) {
      String text = new String((char[]) word);
      if (!NEGATIONS.get(language).contains(text)) {
        kept.add(text);
      }
    }
    return CharArraySet.unmodifiableSet(kept);
  }

  /** Surface forms of {@code language}, unstemmed: see {@link ExactFormAnalyzer}. */
  public Analyzer exactFor(Language language) {
    return exact.get(language);
  }
}
