package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import app.guidepost.search.index.TranslationDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": the query with each word that no text of the reader's language holds, in any
 * of its forms, replaced by the closest word that an article the searcher may see does hold, as
 * that article writes it. A word typed without its diacritics, umlauts transcribed, or in
 * another inflection is a word the index knows, not a misspelling; a respelling is offered
 * whenever a typed word is unknown, even where typo tolerance already found its articles, so
 * that the reader sees how the word is written.
 */
final class DidYouMean {

  private final Analyzer analyzer;
  private final TypedQueries queries;
  private final DirectSpellChecker spelling = spellChecker();

  DidYouMean(Analyzer analyzer, TypedQueries queries) {
    this.analyzer = analyzer;
    this.queries = queries;
  }

  /** The respelled query, or empty when every word is known or none has a respelling. */
  Optional<String> suggest(KnownTerms terms, SearchRequest request) {
    Language language = request.language();
    TextField field = TextField.of(language, TextField.Kind.BODY, language == Language.VI ? TextField.Form.MAIN : TextField.Form.EXACT);
    String text = request.text();
    // The words are read first: checking them analyses again, with the same analyzer.
    List<Typed> typedWords = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field.name(), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken() && typedWords.size() < TypedQueries.MAX_TERMS) {
        typedWords.add(new Typed(term.toString(), offsets.startOffset(), offsets.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    try {
      for (Typed word : typedWords) {
        String typed = text.substring(word.start(), word.end());
        if (!TypedQueries.typoCandidate(word.term()) || known(terms, language, typed)) {
          continue;
        }
        Optional<String> respelled = respelling(terms, field, new Term(field.name(), word.term()), request);
        if (respelled.isPresent()) {
          corrected.append(text, copied, word.start()).append(inCaseOf(typed, respelled.get(), language));
          copied = word.end();
          changed = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corrected.append(text.substring(copied));
    return changed ? Optional.of(corrected.toString()) : Optional.empty();
  }

  /** A word as analysed, and where the text has it. */
  private record Typed(String term, int start, int end) {}

  /** Whether a text the searcher may see holds {@code typed} in any form of the language's body fields. */
  private boolean known(KnownTerms terms, Language language, String typed) {
    for (TextField body : TextField.forLanguage(language)) {
      if (body.kind() == TextField.Kind.BODY) {
        List<String> forms = queries.typedWords(body.name(), typed);
        if (!forms.isEmpty() && forms.stream().allMatch(form -> terms.visible(new Term(body.name(), form)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The closest known word to {@code unknown}, as the first article the searcher may see that
   * holds it writes it: the index keeps words normalised ("begrussung"), the reader should read
   * them as written ("Begrüßung").
   */
  private Optional<String> respelling(KnownTerms terms, TextField field, Term unknown, SearchRequest request) throws IOException {
    IndexSearcher searcher = terms.searcher();
    for (SuggestWord suggestion : spelling.suggestSimilar(unknown, 3, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
      Term word = new Term(field.name(), suggestion.string);
      ScoreDoc[] holder = searcher.search(ArticleSearch.visible(new BooleanQuery.Builder().add(new TermQuery(word), Occur.MUST), request).build(), 1)
          .scoreDocs;
      if (holder.length > 0) {
        return Optional.of(asWritten(searcher, field, word, holder[0].doc).orElse(suggestion.string));
      }
    }
    return Optional.empty();
  }

  /** The first occurrence of {@code word} in {@code doc}'s body, as its text writes it. */
  private static Optional<String> asWritten(IndexSearcher searcher, TextField field, Term word, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Terms terms = leaf.reader().terms(field.name());
    if (terms == null || !terms.hasOffsets()) {
      return Optional.empty();
    }
    TermsEnum iterator = terms.iterator();
    if (!iterator.seekExact(word.bytes())) {
      return Optional.empty();
    }
    PostingsEnum postings = iterator.postings(null, PostingsEnum.OFFSETS);
    if (postings.advance(doc - leaf.docBase) != doc - leaf.docBase) {
      return Optional.empty();
    }
    postings.nextPosition();
    String body = TranslationDocuments.bodyText(
        leaf.reader().storedFields().document(doc - leaf.docBase, Set.of(TextField.main(field.language(), TextField.Kind.BODY).name())),
        field.language());
    if (body == null || postings.endOffset() > body.length()) {
      return Optional.empty();
    }
    return Optional.of(body.substring(postings.startOffset(), postings.endOffset()));
  }

  /**
   * The respelling in the case the reader typed: "Escalation" from the start of a sentence is
   * "escalation" for a reader who typed "escalaton". German keeps the capitals of its nouns.
   */
  private static String inCaseOf(String typed, String respelled, Language language) {
    if (language == Language.DE || typed.isEmpty() || !Character.isLowerCase(typed.codePointAt(0))) {
      return respelled;
    }
    return respelled.toLowerCase(language.locale());
  }

  /** One edit away: a second edit costs an automaton five times larger, for few better answers. */
  private static DirectSpellChecker spellChecker() {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(1);
    return checker;
  }
}
