package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import app.guidepost.search.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.IOSupplier;

/**
 * How much of the words a reader typed a document answers, by any route: the word itself, its
 * form without diacritics, a compound's parts, the termbase's words for it, and in another
 * language the word as that language writes it (names, numbers, loanwords) or the lexicon's
 * renderings of it. Scores of two languages are not comparable (their fields have their own
 * statistics, and a stand-in is matched through renderings), but how much of the question a
 * document answers is; it decides where a stand-in ranks beside the reader's own language.
 */
final class Coverage {

  private final KnownTerms terms;
  /** For each word typed, the terms that show a document of the reader's language answers it. */
  private final List<Set<Term>> own;
  /** For each word typed, the same in the other languages searched. */
  private final List<Set<Term>> standIn;
  /** For each word typed, how much answering it counts. */
  private final float[] weights;

  private Coverage(KnownTerms terms, List<Set<Term>> own, List<Set<Term>> standIn, float[] weights) {
    this.terms = terms;
    this.own = own;
    this.standIn = standIn;
    this.weights = weights;
  }

  /** The words of {@code text}, typed in {@code reader}, and how each is found in every language of {@code languages}. */
  static Coverage of(
      KnownTerms terms, TypedQueries queries, Glossary.Analysed glossary, Lexicon lexicon, NamesAcrossScripts names, Language reader, Set<Language> languages,
      String text) {
    List<Set<Term>> own = new ArrayList<>();
    List<Set<Term>> standIn = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    TextField readerMain = TextField.main(reader, TextField.Kind.BODY);
    for (String surface : new LinkedHashSet<>(queries.words(TypedQueries.surfaces(reader).name(), text))) {
      List<String> stems = queries.words(readerMain.name(), surface);
      if (stems.isEmpty()) {
        continue;
      }
      Map<Language, Set<String>> named = glossary.expand(reader, surface);
      long documents = 0;
      Set<Term> ownWitnesses = new LinkedHashSet<>();
      Set<Term> standInWitnesses = new LinkedHashSet<>();
      for (Language language : languages) {
        Set<String> words = new LinkedHashSet<>();
        named.getOrDefault(language, Set.of()).forEach(term -> words.addAll(queries.words(TextField.main(language, TextField.Kind.BODY).name(), term)));
        if (language == reader) {
          words.addAll(stems);
          if (TypedQueries.COMPOUNDING.contains(reader)) {
            stems.forEach(stem -> Compounds.split(terms, readerMain.name(), stem).ifPresent(words::addAll));
          }
        } else {
          words.addAll(queries.words(TextField.main(language, TextField.Kind.BODY).name(), surface));
          words.addAll(LearnedLexicon.renderings(lexicon, names, glossary, queries, reader, language, surface).keySet());
        }
        Set<Term> witnesses = language == reader ? ownWitnesses : standInWitnesses;
        for (TextField.Kind kind : TextField.Kind.values()) {
          words.forEach(word -> witnesses.add(new Term(TextField.main(language, kind).name(), word)));
          TextField folded = TextField.of(language, kind, TextField.Form.FOLDED);
          if (language == reader && TextField.forLanguage(language).contains(folded)) {
            queries.words(folded.name(), surface).forEach(word -> witnesses.add(new Term(folded.name(), word)));
          }
        }
      }
      // How common the word is where it was typed: as often as a reader's text holds it.
      for (TextField field : TextField.forLanguage(reader)) {
        if (field.kind() == TextField.Kind.BODY && field.form() != TextField.Form.EXACT) {
          for (String word : queries.words(field.name(), surface)) {
            documents = Math.max(documents, terms.of(new Term(field.name(), word)).docFreq());
          }
        }
      }
      own.add(ownWitnesses);
      standIn.add(standInWitnesses);
      weights.add(rarity(documents, readerDocuments(terms, reader)));
    }
    float[] weightArray = new float[weights.size()];
    for (int i = 0; i < weightArray.length; i++) {
      weightArray[i] = weights.get(i);
    }
    return new Coverage(terms, own, standIn, weightArray);
  }

  /**
   * How much answering a word counts: its rarity in the reader's language (BM25's idf over the
   * documents of that language). A word most of them hold (a Vietnamese syllable such as
   * "của", "đã", "với") tells little of whether a document answers the question, and the
   * weight of a word does not depend on which language answers it. Measured over all languages'
   * documents instead, such a word kept a weight near 1 (the other languages' documents count as
   * lacking it), and a question's few such words gave every text of the reader's language a
   * lead no stand-in holding the question's one name could overcome: xquad-xlang vi .257 ->
   * .374, without diacritics .240 -> .385, de .542 -> .553, ar .367 -> .375, every group
   * answered in its own language within .0005.
   */
  private static int readerDocuments(KnownTerms terms, Language reader) {
    try {
      return terms.searcher().getIndexReader().docFreq(new Term(app.guidepost.search.index.IndexFields.LANG, reader.code()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static float rarity(long documentsWithWord, int documents) {
    return (float) Math.log(1 + (documents - documentsWithWord + 0.5) / (documentsWithWord + 0.5));
  }

  /** How much of the words typed {@code doc}, a document of the reader's language, answers. */
  float ofOwn(int doc) {
    return answered(own, doc);
  }

  /** How much of the words typed {@code doc}, a document of another language, answers. */
  float ofStandIn(int doc) {
    return answered(standIn, doc);
  }

  private float answered(List<Set<Term>> witnesses, int doc) {
    List<LeafReaderContext> leaves = terms.searcher().getTopReaderContext().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    float answered = 0;
    for (int word = 0; word < witnesses.size(); word++) {
      for (Term term : witnesses.get(word)) {
        if (holds(leaf, term, doc - leaf.docBase)) {
          answered += weights[word];
          break;
        }
      }
    }
    return answered;
  }

  private boolean holds(LeafReaderContext leaf, Term term, int doc) {
    try {
      IOSupplier<TermState> supplier = terms.of(term).get(leaf);
      TermState state = supplier == null ? null : supplier.get();
      if (state == null) {
        return false;
      }
      TermsEnum iterator = leaf.reader().terms(term.field()).iterator();
      iterator.seekExact(term.bytes(), state);
      PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
      return postings.advance(doc) == doc;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
