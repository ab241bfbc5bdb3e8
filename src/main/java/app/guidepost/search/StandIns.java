package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Documents that stand in for articles missing in a reader's language: which languages hold
 * them, and where they rank beside the reader's own language.
 */
final class StandIns {

  private volatile Known known;

  /**
   * How much more of the words a stand-in's language can answer at all it must answer to rank
   * above a hit of the reader's language: words weigh by their rarity, and two words of about the
   * same rarity ("Anrufer" and "phone") are as good an answer as each other.
   */
  static final double CLEARLY_MORE = 1.25;

  /**
   * And how much of all the words typed it must answer beside that hit: a little less is enough.
   * Measured on xquad-xlang (nDCG@10, de / vi / vi without diacritics / ar): for questions whose
   * answer is in English only, .560 / .424 / .443 / .375 comparing all words at 1.25 (the rule
   * before), .622 / .496 / .498 / .483 comparing answerable words alone, .577 / .458 / .475 /
   * .395 with both at 1.0 and 1.25, .585 / .466 / .478 / .419 at 0.9 and 1.25, .597 / .482 /
   * .485 / .435 at 0.8; for questions answered in their own language .945 / .958 / .933 / .926
   * before, .917 / .949 / .933 / .909 with answerable words alone, and at 0.9 .945 / .955 / .933
   * / .925 (one Vietnamese question of 145 has its answer second, after a sibling paragraph).
   */
  static final double ENOUGH_OVERALL = 0.9;

  /**
   * Both lists, best first, merged: each hit of the reader's language is preceded by every
   * stand-in not yet placed that answers clearly more of the words typed that its language can
   * answer at all, and nearly as much of all of them ({@link Coverage}); the other stand-ins
   * follow the reader's language. The words no text of another language holds by any route (an
   * inflected word the lexicon has not learned, a name written only in the reader's alphabet)
   * are answered by the reader's texts alone, and counted alone they made every text of the
   * reader's language that shares them look like a better answer than the stand-in holding the
   * question's names and terms. Every stand-in is weighed against each hit, not only the
   * best-scored one: a stand-in is scored through renderings, some of them wrong, and the one
   * scored first often answers less than one below it; compared only with the first, the answer
   * waited behind every hit of the reader's language (xquad-xlang, answer in English only, de /
   * vi / vi without diacritics / ar: .673 / .559 / .574 / .494 comparing the first alone, .727 /
   * .599 / .618 / .567 comparing all; answered in the question's own language .945 / .958 /
   * .932 / .925 and .940 / .957 / .929 / .924). Scores decide within each list only: at any
   * fixed exchange rate between the two (1, 1.5) a German article found through the synonym of
   * "WLAN" fell below a Norwegian one found through another, or an English article holding
   * "phone" above a German one holding "Anrufer" for "Anrufer phone".
   */
  static List<ScoreDoc> ownLanguageFirst(
      ScoreDoc[] own, ScoreDoc[] standIns, IntFunction<Coverage.Answered> ownAnswered, IntFunction<Coverage.Answered> standInAnswered) {
    List<ScoreDoc> merged = new ArrayList<>(own.length + standIns.length);
    List<ScoreDoc> waiting = new ArrayList<>(List.of(standIns));
    for (ScoreDoc ownHit : own) {
      Coverage.Answered answeredByOwn = ownAnswered.apply(ownHit.doc);
      for (java.util.Iterator<ScoreDoc> standIn = waiting.iterator(); standIn.hasNext(); ) {
        ScoreDoc next = standIn.next();
        if (answersMore(standInAnswered.apply(next.doc), answeredByOwn)) {
          merged.add(next);
          standIn.remove();
        }
      }
      merged.add(ownHit);
    }
    merged.addAll(waiting);
    return merged;
  }

  /**
   * Or, when the stand-in answers every word the hit answers of those its language can answer,
   * how much more besides: then it is the better answer by every word, not only by their weight.
   * A word of little weight (a syllable most texts hold) is not enough. Measured on xquad-xlang
   * (nDCG@10, de / vi / vi without diacritics / ar, answer in English only): .730 / .604 / .618 /
   * .597 without this rule, .731 / .615 / .626 / .5999 with any more, .730 / .613 / .622 / .5999
   * at 1.1; answered in the question's own language .940 / .957 / .929 / .926 without, .939 / .956
   * / .926 / .926 with any more, .939 / .956 / .928 / .926 at 1.1.
   */
  static final double MORE_BESIDES = 1.1;

  /**
   * Or, when the stand-in answers as much as the hit, how much more of it its title must answer:
   * a title says what a text is about. In a help desk's articles every troubleshooting text
   * mentions the computer and most the password, so a German "rechner extrem langsam" found
   * German texts that hold both words as often as the English "Computer running slow" does, and
   * word by word none answered more; their titles tell them apart. Three times: a hit whose title
   * answers none of the words goes below any stand-in whose title answers one, but where both
   * titles answer some, the reader's language keeps its place. Measured (nDCG@10; enduser-xlang,
   * all 48 queries whose article is missing in their language; xquad-xlang de / vi / vi without
   * diacritics / ar, answer in English only, and answered in the question's own language):
   * without the rule .599, .730 / .612 / .629 / .601, .938 / .955 / .932 / .926; at 1.25 .867,
   * .741 / .632 / .653 / .617, .932 / .955 / .932 / .918; at 2 .860, .741 / .624 / .638 / .617,
   * .937 / .955 / .932 / .922; at 3 .840, .738 / .618 / .633 / .610, .937 / .955 / .932 / .926;
   * at 3 with a termbase term of several words counting for a title only as a whole (below, in
   * {@link Coverage}) .830, .740 / .618 / .633 / .610, .937 / .955 / .932 / .926. Requiring the
   * stand-in to answer a tenth more overall as well gave nothing (.601).
   */
  static final double TITLE_MORE = 3;

  /** Whether a stand-in that answers {@code standIn} ranks above a hit of the reader's language that answers {@code own}. */
  static boolean answersMore(Coverage.Answered standIn, Coverage.Answered own) {
    boolean clearlyMore = standIn.answerableElsewhere() > own.answerableElsewhere() * CLEARLY_MORE;
    boolean everyWordAndMore = (standIn.answerableWords() & own.answerableWords()) == own.answerableWords()
        && standIn.answerableElsewhere() > own.answerableElsewhere() * MORE_BESIDES;
    boolean aboutIt = standIn.inTitle() > own.inTitle() * TITLE_MORE && standIn.answerableElsewhere() >= own.answerableElsewhere();
    return (clearlyMore || everyWordAndMore || aboutIt) && standIn.all() > own.all() * ENOUGH_OVERALL;
  }

  /**
   * The languages of documents that stand in for articles missing in the reader's language.
   * Known per index state: computed once for each searcher the index hands out.
   */
  Set<Language> languages(IndexSearcher searcher, Language reader) {
    Known cached = known;
    if (cached == null || cached.reader() != searcher.getIndexReader()) {
      Map<Language, Set<Language>> byReader = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        byReader.put(language, countStandIns(searcher, language));
      }
      cached = new Known(searcher.getIndexReader(), byReader);
      known = cached;
    }
    Set<Language> languages = java.util.EnumSet.noneOf(Language.class);
    languages.addAll(cached.byReader().get(reader));
    return languages;
  }

  private record Known(IndexReader reader, Map<Language, Set<Language>> byReader) {}

  private static Set<Language> countStandIns(IndexSearcher searcher, Language reader) {
    Set<Language> languages = java.util.EnumSet.noneOf(Language.class);
    try {
      for (Language language : Language.values()) {
        if (language != reader) {
          Query standIn = new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.SERVES, reader.code())), Occur.FILTER)
              .add(new TermQuery(new Term(IndexFields.LANG, language.code())), Occur.FILTER)
              .build();
          if (searcher.count(standIn) > 0) {
            languages.add(language);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return languages;
  }

}
