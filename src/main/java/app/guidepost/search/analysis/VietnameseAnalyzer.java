package app.guidepost.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Vietnamese: {@link ICUTokenizer} (one token per syllable), then either
 *
 * <ul>
 *   <li>exact: {@link ICUNormalizer2Filter} with NFKC case folding, so NFC and NFD input and
 *       upper case meet, while tone marks and vowel marks stay ({@code má} is not {@code mà});
 *       then {@link VietnameseTonePlacementFilter}, so the old and new tone placement meet
 *       ({@code hoà}, {@code hòa}); or
 *   <li>folded: {@link ICUFoldingFilter}, which also drops every diacritic, then
 *       {@link ASCIIFoldingFilter} for {@code đ -> d}, so a query typed without diacritics
 *       ({@code ho tro ky thuat}) meets the text ({@code hỗ trợ kỹ thuật}).
 * </ul>
 *
 * <p>Index both forms in separate fields and weigh the exact one higher: folding alone costs
 * precision because tone marks change meaning. Limits: no word segmentation (multi-syllable
 * words are matched syllable by syllable), no stop words.
 */
public final class VietnameseAnalyzer extends Analyzer {

  private final boolean foldDiacritics;

  private VietnameseAnalyzer(boolean foldDiacritics) {
    this.foldDiacritics = foldDiacritics;
  }

  /** Keeps diacritics: for the exact field. */
  public static VietnameseAnalyzer exact() {
    return new VietnameseAnalyzer(false);
  }

  /** Drops diacritics: for the folded field that forgives unaccented typing. */
  public static VietnameseAnalyzer folded() {
    return new VietnameseAnalyzer(true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ICUTokenizer();
    return new TokenStreamComponents(source, filter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return filter(in);
  }

  private TokenStream filter(TokenStream in) {
    if (!foldDiacritics) {
      return new VietnameseTonePlacementFilter(new ICUNormalizer2Filter(in));
    }
    // ICU folding removes tone and vowel marks but keeps the stroke of đ; ASCII folding maps it.
    return new ASCIIFoldingFilter(new ICUFoldingFilter(in));
  }
}
