package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Did you mean": the query respelled with words of the index that the searcher may see. */
final class DidYouMean {

  private final Analyzer analyzer;
  private final DirectSpellChecker spelling = spellChecker();

  DidYouMean(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * The query with each word the index does not know replaced by the closest word it does,
   * among the words of articles the searcher may see; empty when nothing is replaced.
   */
  Optional<String> suggest(KnownTerms terms, SearchRequest request) {
    IndexSearcher searcher = terms.searcher();
    TextField field = TextField.of(request.language(), TextField.Kind.BODY, request.language() == Language.VI ? TextField.Form.MAIN : TextField.Form.EXACT);
    String text = request.text();
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    try (TokenStream stream = analyzer.tokenStream(field.name(), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int words = 0;
      while (stream.incrementToken() && words++ < TypedQueries.MAX_TERMS) {
        Term word = new Term(field.name(), term.toString());
        if (!TypedQueries.typoCandidate(word.text()) || terms.visible(word)) {
          continue;
        }
        for (SuggestWord suggestion : spelling.suggestSimilar(word, 3, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
          if (visible(searcher, new Term(field.name(), suggestion.string), request)) {
            corrected.append(text, copied, offsets.startOffset()).append(suggestion.string);
            copied = offsets.endOffset();
            changed = true;
            break;
          }
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corrected.append(text.substring(copied));
    return changed ? Optional.of(corrected.toString()) : Optional.empty();
  }

  /** One edit away: a second edit costs an automaton five times larger, for few better answers. */
  private static DirectSpellChecker spellChecker() {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(1);
    return checker;
  }

  /** Whether a word occurs in an article the searcher may see: internal words are never suggested. */
  private static boolean visible(IndexSearcher searcher, Term word, SearchRequest request) throws IOException {
    return searcher.count(ArticleSearch.visible(new BooleanQuery.Builder().add(new TermQuery(word), Occur.MUST), request).build()) > 0;
  }
}
