package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import app.guidepost.search.lexicon.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
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
  /** For each word typed, the terms that show a title answers it, of the reader's language and of the others. */
  private final List<Set<Term>> ownTitle;
  private final List<Set<Term>> standInTitle;
  /** For each word typed, how much answering it counts. */
  private final float[] weights;
  /** For each word typed, whether a text of another language searched holds it by some route. */
  private final boolean[] answerableElsewhere;
  private final Map<Integer, Answered> ownAnswered = new HashMap<>();
  private final Map<Integer, Answered> standInAnswered = new HashMap<>();

  /**
   * How much of the words typed a document answers: of them all, and of those a text of another
   * language can answer at all (the word as it writes it, the termbase's or the lexicon's
   * renderings are words its texts hold); which of the latter, as bits in the order typed (the
   * first 64); and how much of the latter its title answers.
   */
  record Answered(float all, float answerableElsewhere, long answerableWords, float inTitle) {
    /** A document whose title answers none of the words. */
    Answered(float all, float answerableElsewhere, long answerableWords) {
      this(all, answerableElsewhere, answerableWords, 0f);
    }
  }

  private Coverage(
      KnownTerms terms, List<Set<Term>> own, List<Set<Term>> standIn, List<Set<Term>> ownTitle, List<Set<Term>> standInTitle, float[] weights,
      boolean[] answerableElsewhere) {
    this.ownTitle = ownTitle;
    this.standInTitle = standInTitle;
    this.terms = terms;
    this.own = own;
    this.standIn = standIn;
    this.weights = weights;
    this.answerableElsewhere = answerableElsewhere;
  }

  /** The words of {@code text}, typed in {@code reader}, and how each is found in every language of {@code languages}. */
  static Coverage of(
      KnownTerms terms, TypedQueries queries, Glossary.Analysed glossary, Lexicon lexicon, NamesAcrossScripts names, Language reader, Set<Language> languages,
      String text) {
    List<Set<Term>> own = new ArrayList<>();
    List<Set<Term>> standIn = new ArrayList<>();
    List<Set<Term>> ownTitle = new ArrayList<>();
    List<Set<Term>> standInTitle = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    TextField readerMain = TextField.main(reader, TextField.Kind.BODY);
    Map<Language, Integer> documents = new java.util.EnumMap<>(Language.class);
    for (Language language : languages) {
      documents.put(language, documentsIn(terms, language));
    }
    documents.computeIfAbsent(reader, language -> documentsIn(terms, language));
    Map<Language, Map<String, Map<String, Float>>> pairs = new java.util.EnumMap<>(Language.class);
    for (Language language : languages) {
      if (language != reader) {
        pairs.put(language, LearnedLexicon.syllablePairs(lexicon, queries, reader, language, text));
      }
    }
    for (String surface : new LinkedHashSet<>(queries.words(TypedQueries.surfaces(reader).name(), text))) {
      List<String> stems = queries.words(readerMain.name(), surface);
      if (stems.isEmpty()) {
        continue;
      }
      Map<Language, Set<String>> named = glossary.expand(reader, surface);
      Set<Term> ownWitnesses = new LinkedHashSet<>();
      Set<Term> standInWitnesses = new LinkedHashSet<>();
      Set<Term> ownTitleWitnesses = new LinkedHashSet<>();
      Set<Term> standInTitleWitnesses = new LinkedHashSet<>();
      for (Language language : languages) {
        Set<String> words = new LinkedHashSet<>();
        // A term of several words counts for the title only as a whole: one of its words ("với",
        // "nhân") in a title says nothing of what the text is about.
        Set<String> partsOnly = new LinkedHashSet<>();
        named.getOrDefault(language, Set.of()).forEach(term -> {
          List<String> termWords = queries.words(TextField.main(language, TextField.Kind.BODY).name(), term);
          (termWords.size() == 1 ? words : partsOnly).addAll(termWords);
        });
        if (language == reader) {
          words.addAll(stems);
          if (TypedQueries.COMPOUNDING.contains(reader)) {
            stems.forEach(stem -> Compounds.split(terms, readerMain.name(), stem).ifPresent(words::addAll));
          }
          if (reader == Language.AR) {
            stems.forEach(stem -> ArabicClitics.bare(terms, readerMain.name(), stem).ifPresent(words::add));
          }
        } else {
          words.addAll(queries.words(TextField.main(language, TextField.Kind.BODY).name(), surface));
          words.addAll(LearnedLexicon.renderings(terms, lexicon, names, glossary, queries, reader, language, surface).keySet());
          words.addAll(pairs.get(language).getOrDefault(surface, Map.of()).keySet());
        }
        Set<Term> titleWitnesses = language == reader ? ownTitleWitnesses : standInTitleWitnesses;
        words.forEach(word -> titleWitnesses.add(new Term(TextField.main(language, TextField.Kind.TITLE).name(), word)));
        TextField foldedTitle = TextField.of(language, TextField.Kind.TITLE, TextField.Form.FOLDED);
        if (language == reader && TextField.forLanguage(language).contains(foldedTitle)) {
          queries.words(foldedTitle.name(), surface).forEach(word -> titleWitnesses.add(new Term(foldedTitle.name(), word)));
        }
        words.addAll(partsOnly);
        Set<Term> witnesses = language == reader ? ownWitnesses : standInWitnesses;
        for (TextField.Kind kind : TextField.Kind.values()) {
          words.forEach(word -> witnesses.add(new Term(TextField.main(language, kind).name(), word)));
          TextField folded = TextField.of(language, kind, TextField.Form.FOLDED);
          if (language == reader && TextField.forLanguage(language).contains(folded)) {
            queries.words(folded.name(), surface).forEach(word -> witnesses.add(new Term(folded.name(), word)));
          }
        }
      }
      own.add(ownWitnesses);
      standIn.add(standInWitnesses);
      ownTitle.add(ownTitleWitnesses);
      standInTitle.add(standInTitleWitnesses);
      weights.add(weight(terms, queries, reader, documents, languages, surface));
    }
    float[] weightArray = new float[weights.size()];
    boolean[] answerableElsewhere = new boolean[weights.size()];
    for (int i = 0; i < weightArray.length; i++) {
      weightArray[i] = weights.get(i);
      answerableElsewhere[i] = standIn.get(i).stream().anyMatch(term -> terms.of(term).docFreq() > 0);
    }
    return new Coverage(terms, own, standIn, ownTitle, standInTitle, weightArray, answerableElsewhere);
  }

  /**
   * How much answering a word counts: its rarity (BM25's idf) among the documents of a language
   * that holds it, the least where several do. A word most texts of a language hold (a
   * Vietnamese syllable such as "của", "đã", "với") tells little of whether a document answers
   * the question, and the weight of a word does not depend on which language answers it: a
   * German reader's "Anrufer" weighs as German texts hold it, the "phone" typed beside it as
   * English texts hold it. Counted over all languages' documents at once instead, a word every
   * Vietnamese text holds still looked rare where Vietnamese texts are a minority, and a
   * question's few such words gave every Vietnamese text a lead that no stand-in holding the
   * question's one name could overcome. Measured on xquad-xlang (nDCG@10, answer in English
   * only): vi .257 -> .363, without diacritics .240 -> .368, de .542 -> .553, ar .367 -> .375;
   * every group answered in its own language within .0005. (The reader's language alone gave
   * vi .374 / .385, but a word it never holds, a loanword, then outweighed every word it does.)
   */
  private static float weight(
      KnownTerms terms, TypedQueries queries, Language reader, Map<Language, Integer> documentsByLanguage, Set<Language> languages, String surface) {
    float weight = Float.MAX_VALUE;
    for (Language language : languages) {
      long documents = 0;
      for (TextField field : TextField.forLanguage(language)) {
        if (field.kind() == TextField.Kind.BODY && field.form() != TextField.Form.EXACT) {
          for (String word : queries.words(field.name(), surface)) {
            documents = Math.max(documents, terms.of(new Term(field.name(), word)).docFreq());
          }
        }
      }
      if (documents > 0) {
        weight = Math.min(weight, rarity(documents, documentsByLanguage.get(language)));
      }
    }
    return weight == Float.MAX_VALUE ? rarity(0, documentsByLanguage.get(reader)) : weight;
  }

  private static int documentsIn(KnownTerms terms, Language language) {
    try {
      return terms.searcher().getIndexReader().docFreq(new Term(app.guidepost.search.index.IndexFields.LANG, language.code()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static float rarity(long documentsWithWord, int documents) {
    return (float) Math.log(1 + (documents - documentsWithWord + 0.5) / (documentsWithWord + 0.5));
  }

  /** How much of the words typed {@code doc}, a document of the reader's language, answers (worked out once per document). */
  Answered ofOwn(int doc) {
    return ownAnswered.computeIfAbsent(doc, d -> answered(own, ownTitle, d));
  }

  /** How much of the words typed {@code doc}, a document of another language, answers (worked out once per document). */
  Answered ofStandIn(int doc) {
    return standInAnswered.computeIfAbsent(doc, d -> answered(standIn, standInTitle, d));
  }

  private Answered answered(List<Set<Term>> witnesses, List<Set<Term>> titleWitnesses, int doc) {
    List<LeafReaderContext> leaves = terms.searcher().getTopReaderContext().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    float all = 0;
    float answerable = 0;
    long answerableWords = 0;
    float inTitle = 0;
    for (int word = 0; word < witnesses.size(); word++) {
      boolean held = false;
      for (Term term : titleWitnesses.get(word)) {
        if (answerableElsewhere[word] && holds(leaf, term, doc - leaf.docBase)) {
          inTitle += weights[word];
          held = true;
          break;
        }
      }
      for (Term term : witnesses.get(word)) {
        if (held || holds(leaf, term, doc - leaf.docBase)) {
          all += weights[word];
          answerable += answerableElsewhere[word] ? weights[word] : 0;
          if (answerableElsewhere[word] && word < Long.SIZE) {
            answerableWords |= 1L << word;
          }
          break;
        }
      }
    }
    return new Answered(all, answerable, answerableWords, inTitle);
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
