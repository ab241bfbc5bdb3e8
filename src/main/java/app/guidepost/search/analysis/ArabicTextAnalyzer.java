package app.guidepost.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Arabic: what {@link ArabicAnalyzer} does (lower case, decimal digits, Arabic stop words with
 * the question words added, {@link ArabicNormalizationFilter}, {@link ArabicStemFilter}), and
 * then the stop words once more as the stemmer leaves them. A preposition with a pronoun written joined to it ("عنها",
 * about it; "لديه", he has) is no stop word as written, and the stemmer cuts it down to the
 * preposition ("عن", "لد"): kept, it matched most Arabic texts, and the lexicon learned
 * English words for it ("عن" as "act", "لد" as "had"). Measured on xquad-xlang (nDCG@10, Arabic
 * questions whose answer is in English only / answered in Arabic): .595 / .926 -> .597 / .926;
 * XQuAD ar .918 -> .920.
 */
public final class ArabicTextAnalyzer extends Analyzer {

  private final CharArraySet stopWords;
  private final CharArraySet stemmedStopWords;

  public ArabicTextAnalyzer() {
    this(STOP_WORDS);
  }

  /**
   * Lucene's Arabic stop words, and the question words its list leaves out (how many, how,
   * when, where, why, what, whether), as the Arabic stop lists of NLTK and of Savoy's CLEF work
   * have them: they say what kind of answer is wanted, not what it is about, and "كم" (how
   * many) is also the abbreviation of a kilometre, so every text giving a distance answered
   * "how many" questions. Measured on xquad-xlang (nDCG@10, Arabic questions whose answer is in
   * English only / answered in Arabic): .600 / .926 -> .606 / .926; XQuAD ar .920 -> .919.
   */
  static final CharArraySet STOP_WORDS = stopWords();

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), false);
    words.addAll(java.util.List.of("كم", "كيف", "متى", "أين", "اين", "لماذا", "ماذا", "هل"));
    return CharArraySet.unmodifiableSet(words);
  }

  /** With {@code stopWords} in place of the language's own list (empty: every word kept). */
  public ArabicTextAnalyzer(CharArraySet stopWords) {
    this.stopWords = stopWords;
    this.stemmedStopWords = stemmed(stopWords);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new DecimalDigitFilter(stream);
    stream = new StopFilter(stream, stopWords);
    stream = new ArabicNormalizationFilter(stream);
    stream = new ArabicStemFilter(stream);
    if (!stemmedStopWords.isEmpty()) {
      stream = new StopFilter(stream, stemmedStopWords);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
  }

  /** Each stop word as normalisation and the stemmer leave it. */
  private static CharArraySet stemmed(CharArraySet stopWords) {
    CharArraySet stemmed = new CharArraySet(stopWords.size(), false);
    try (Analyzer stemmer = new ArabicTextAnalyzer(CharArraySet.EMPTY_SET, CharArraySet.EMPTY_SET)) {
      for (Object word : stopWords) {
        stemmed.addAll(AnalysedWords.of(stemmer, "", new String((char[]) word)));
      }
    }
    return stemmed;
  }

  private ArabicTextAnalyzer(CharArraySet stopWords, CharArraySet stemmedStopWords) {
    this.stopWords = stopWords;
    this.stemmedStopWords = stemmedStopWords;
  }
}
