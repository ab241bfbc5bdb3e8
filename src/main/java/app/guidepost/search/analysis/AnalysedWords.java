package app.guidepost.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A text's words as an analyzer makes them for a field, in order, repeats included, and none
 * empty: a filter can remove all of a token (Arabic normalisation removes the tatweel, and a
 * run of tatweels is a token of its own), and an empty word matches nothing and renders
 * nothing (it once failed a whole learning of the lexicon).
 */
public final class AnalysedWords {

  private AnalysedWords() {}

  /** Every word of {@code text}. */
  public static List<String> of(Analyzer analyzer, String field, String text) {
    return of(analyzer, field, text, Integer.MAX_VALUE);
  }

  /** The first {@code max} words of {@code text}. */
  public static List<String> of(Analyzer analyzer, String field, String text, int max) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (words.size() < max && stream.incrementToken()) {
        if (term.length() > 0) {
          words.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      // Analysing a string in memory reads no file; an IOException here is a defect.
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
