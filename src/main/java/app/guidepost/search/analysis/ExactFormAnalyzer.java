package app.guidepost.search.analysis;

import app.guidepost.i18n.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The surface form of words, for the exact field beside the stemmed one: {@link
 * StandardTokenizer}, lower case, and only the normalisation of spelling variants that the
 * language's stemming analyzer also applies, never stemming and no stop words.
 *
 * <ul>
 *   <li>en: possessive {@code 's} removed
 *   <li>de: {@link GermanNormalizationFilter} ({@code ä/ae}, {@code ß/ss})
 *   <li>ar: {@link DecimalDigitFilter} and {@link ArabicNormalizationFilter} (alef forms,
 *       taa marbuta, alef maqsura, diacritics, tatweel)
 *   <li>nb and vi: lower case only
 * </ul>
 */
public final class ExactFormAnalyzer extends Analyzer {

  private final Language language;

  public ExactFormAnalyzer(Language language) {
    this.language = language;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = language == Language.EN ? new EnglishPossessiveFilter(source) : source;
    return new TokenStreamComponents(source, normalize(fieldName, stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream stream = new LowerCaseFilter(in);
    return switch (language) {
      case DE -> new GermanNormalizationFilter(stream);
      case AR -> new ArabicNormalizationFilter(new DecimalDigitFilter(stream));
      default -> stream;
    };
  }
}
