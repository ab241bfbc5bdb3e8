package app.guidepost.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * Norwegian Bokmål: {@link StandardTokenizer}, lower case, {@link
 * ScandinavianNormalizationFilter} ({@code ae -> æ}, {@code oe -> ø}, {@code aa -> å}),
 * Norwegian stop words, the Snowball Norwegian stemmer ({@code samtale}, {@code samtalen},
 * {@code samtaler} meet), then {@link ScandinavianFoldingFilter} ({@code æ -> a},
 * {@code ø -> o}, {@code å -> a}), so that Norwegian letters typed as {@code ae/oe/aa} or as
 * plain {@code a/o} meet the text.
 *
 * <p>Order matters: the stemmer knows the suffixes with their real letters, so the two-letter
 * spellings are turned into letters before it ({@code blaabaer} stems like {@code blåbær}) and
 * folding to plain letters comes after it; stop words are matched as typed and with real
 * letters. Limits: {@code -er} agent nouns and their plurals stem apart
 * ({@code innringer}/{@code innringere}); closed compounds stay one token here and are split
 * against the index's vocabulary at query time.
 */
public final class NorwegianTextAnalyzer extends Analyzer {

  private final CharArraySet stopWords;

  public NorwegianTextAnalyzer() {
    this(NorwegianAnalyzer.getDefaultStopSet());
  }

  /** With {@code stopWords} in place of the language's own list (empty: every word kept). */
  public NorwegianTextAnalyzer(CharArraySet stopWords) {
    this.stopWords = stopWords;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    // Stop words as typed first: "noen" and "noe" hold an "oe" that normalisation would turn
    // into "nøn", which is no stop word. Then again with real letters ("paa": "på").
    stream = new StopFilter(stream, stopWords);
    stream = new ScandinavianNormalizationFilter(stream);
    stream = new StopFilter(stream, stopWords);
    stream = new SnowballFilter(stream, new NorwegianStemmer());
    stream = new ScandinavianFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ScandinavianFoldingFilter(new ScandinavianNormalizationFilter(new LowerCaseFilter(in)));
  }
}
