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

  private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
  private final Analyzer vietnameseFolded = VietnameseAnalyzer.folded();
  private final Map<Language, Analyzer> exact = new EnumMap<>(Language.class);
  private final Map<Language, Analyzer> keepingStopWords = new EnumMap<>(Language.class);

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

  /** Surface forms of {@code language}, unstemmed: see {@link ExactFormAnalyzer}. */
  public Analyzer exactFor(Language language) {
    return exact.get(language);
  }
}
