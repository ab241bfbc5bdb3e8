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
import java.util.Optional;
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
  /**
   * For each word typed, the terms that show a document of the reader's language answers it:
   * each witness is one term, or the words of a termbase term of several words, all of which the
   * document must hold.
   */
  private final List<Set<List<Term>>> own;
  /** For each word typed, the same in the other languages searched. */
  private final List<Set<List<Term>>> standIn;
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
      KnownTerms terms, List<Set<List<Term>>> own, List<Set<List<Term>>> standIn, List<Set<Term>> ownTitle, List<Set<Term>> standInTitle, float[] weights,
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
    List<Set<List<Term>>> own = new ArrayList<>();
    List<Set<List<Term>>> standIn = new ArrayList<>();
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
    TextField foldedBody = TextField.of(reader, TextField.Kind.BODY, TextField.Form.FOLDED);
    Optional<TextField> readerFolded = TextField.forLanguage(reader).contains(foldedBody) ? Optional.of(foldedBody) : Optional.empty();
    List<Phrase> phrases = phrases(glossary, queries, reader, readerMain, readerFolded, text);
    for (String surface : new LinkedHashSet<>(queries.typedWords(TypedQueries.surfaces(reader).name(), text))) {
      List<String> stems = queries.typedWords(readerMain.name(), surface);
      if (stems.isEmpty()) {
        continue;
      }
      Map<Language, Set<String>> named = glossary.expand(reader, surface);
      List<String> foldedWords = readerFolded.map(folded -> queries.typedWords(folded.name(), surface)).orElse(List.of());
      for (Phrase phrase : phrases) {
        if (stems.stream().anyMatch(phrase.stems()::contains) || foldedWords.stream().anyMatch(phrase.folded()::contains)) {
          // In the reader's own language the words typed witness themselves; the concept's other
          // terms there, words every text holds apart ("không", "có", "nghe"), would only credit
          // the reader's texts with words they do not answer.
          phrase.concept().terms().forEach((language, conceptTerms) -> {
            if (language != reader) {
              named.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(conceptTerms);
            }
          });
        }
      }
      Set<List<Term>> ownWitnesses = new LinkedHashSet<>();
      Set<List<Term>> standInWitnesses = new LinkedHashSet<>();
      Set<Term> ownTitleWitnesses = new LinkedHashSet<>();
      Set<Term> standInTitleWitnesses = new LinkedHashSet<>();
      for (Language language : languages) {
        Set<String> words = new LinkedHashSet<>();
        // A term of several words answers for a stand-in only as a whole, and for the reader's
        // own language in Vietnamese: one syllable ("với", "nhân", the "máy" of "máy chủ proxy")
        // is not a word, and every Vietnamese text answered "proxy" through the "máy" of its
        // termbase term. In the reader's own language, where a word is a word, each word of a
        // term answers for it in the body: the benefit of the doubt goes to the reader's language
        // (an English text on greeting users "in person" answers "caller", whose term "person
        // calling" it half holds). For a title, only a whole term counts.
        Set<List<String>> severalWords = new LinkedHashSet<>();
        named.getOrDefault(language, Set.of()).forEach(term -> {
          List<String> termWords = queries.words(TextField.main(language, TextField.Kind.BODY).name(), term);
          if (termWords.size() == 1) {
            words.addAll(termWords);
          } else if (!termWords.isEmpty()) {
            severalWords.add(termWords);
          }
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
        Set<List<Term>> witnesses = language == reader ? ownWitnesses : standInWitnesses;
        for (TextField.Kind kind : List.of(TextField.Kind.TITLE, TextField.Kind.BODY)) {
          String field = TextField.main(language, kind).name();
          words.forEach(word -> witnesses.add(List.of(new Term(field, word))));
          for (List<String> termWords : severalWords) {
            if (language == Language.VI || language != reader) {
              witnesses.add(termWords.stream().map(word -> new Term(field, word)).toList());
            } else {
              termWords.forEach(word -> witnesses.add(List.of(new Term(field, word))));
            }
          }
          TextField folded = TextField.of(language, kind, TextField.Form.FOLDED);
          if (language == reader && TextField.forLanguage(language).contains(folded)) {
            queries.words(folded.name(), surface).forEach(word -> witnesses.add(List.of(new Term(folded.name(), word))));
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
      answerableElsewhere[i] = standIn.get(i).stream().anyMatch(witness -> witness.stream().allMatch(term -> terms.of(term).docFreq() > 0));
    }
    return new Coverage(terms, own, standIn, ownTitle, standInTitle, weightArray, answerableElsewhere);
  }

  /**
   * A concept the text names with a term of several words, and the words of that term as the
   * reader's main field has them and, in a language that has one, its field without diacritics.
   */
  private record Phrase(Glossary.Concept concept, Set<String> stems, Set<String> folded) {}

  /**
   * The concepts the whole text names with a term of several words ("لا يوجد اتصال بالإنترنت",
   * "chụp màn hình"): each word of that term is answered by the concept's terms in every
   * language, which no word of it names alone. Looked up word by word only, "اتصال" named a
   * phone call, and the English article about no internet connection answered the question less
   * than any Arabic text holding the word. Measured with the rule above, that a term of several
   * words answers only as a whole (nDCG@10; gnome-help, Vietnamese answered in English only, with
   * and without diacritics; enduser-xlang and enduser-xlang-few, de / vi / nb / ar): before both
   * .364 / .338, .808 / .796 / .869 / .849, .887 / .639 / .826 / .839; the whole term alone .437 /
   * .396, .777 / .796 / .880 / .771, .901 / .663 / .857 / .811; with these phrases, found also
   * without diacritics and witnessing in the other languages only, and the reader's own words
   * of a term answering singly outside Vietnamese, .581 / .559, .908 / .969 / .911 / .969, .914
   * / .969 / .887 / .969. xquad-xlang, answer in English only, .740 / .618 / .633 / .610 -> .739
   * / .635 / .653 / .614; every group answered in its own language and the help-desk set
   * unchanged.
   */
  private static List<Phrase> phrases(
      Glossary.Analysed glossary, TypedQueries queries, Language reader, TextField readerMain, Optional<TextField> readerFolded, String text) {
    Set<String> typed = new java.util.HashSet<>(queries.typedWords(readerMain.name(), text));
    Set<String> typedFolded = readerFolded.map(folded -> Set.copyOf(queries.typedWords(folded.name(), text))).orElse(Set.of());
    List<Phrase> phrases = new ArrayList<>();
    for (Glossary.Concept concept : glossary.named(reader, text)) {
      for (String term : concept.terms(reader)) {
        List<String> termStems = queries.words(readerMain.name(), term);
        List<String> termFolded = readerFolded.map(folded -> queries.words(folded.name(), term)).orElse(List.of());
        // Typed without diacritics ("chup man hinh"), the term is found in the folded form only.
        boolean typedAsIs = termStems.size() > 1 && typed.containsAll(termStems);
        boolean typedFoldedOnly = termFolded.size() > 1 && typedFolded.containsAll(termFolded);
        if (typedAsIs || typedFoldedOnly) {
          phrases.add(new Phrase(concept, Set.copyOf(termStems), Set.copyOf(termFolded)));
          break;
        }
      }
    }
    return phrases;
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

  private Answered answered(List<Set<List<Term>>> witnesses, List<Set<Term>> titleWitnesses, int doc) {
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
      for (List<Term> witness : witnesses.get(word)) {
        if (held || witness.stream().allMatch(term -> holds(leaf, term, doc - leaf.docBase))) {
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
