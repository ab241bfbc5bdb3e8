package app.guidepost.search.analysis;

import app.guidepost.i18n.Language;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;

/**
 * The analyzer of each language, as data with no silent default: every {@link Language} has
 * an entry, checked when the registry is built.
 *
 * <ul>
 *   <li>en: {@link EnglishAnalyzer} (possessives, stop words, Porter stemming)
 *   <li>de: {@link GermanAnalyzer} (umlaut and ß normalisation, light stemming)
 *   <li>nb: {@link NorwegianAnalyzer} (Snowball Norwegian stemming)
 *   <li>ar: {@link ArabicAnalyzer} (letter normalisation, prefix and suffix stemming)
 *   <li>vi: {@link VietnameseAnalyzer#exact()}, plus {@link #vietnameseFolded()} for the
 *       diacritic-free field
 * </ul>
 */
public final class LanguageAnalyzers {

  private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
  private final Analyzer vietnameseFolded = VietnameseAnalyzer.folded();

  public LanguageAnalyzers() {
    byLanguage.put(Language.EN, new EnglishAnalyzer());
    byLanguage.put(Language.DE, new GermanAnalyzer());
    byLanguage.put(Language.NB, new NorwegianAnalyzer());
    byLanguage.put(Language.AR, new ArabicAnalyzer());
    byLanguage.put(Language.VI, VietnameseAnalyzer.exact());
    for (Language language : Language.values()) {
      if (!byLanguage.containsKey(language)) {
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
}
