package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexFields;
import app.guidepost.search.index.TextField;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Searches the article index. The query text is analysed into words with each language's
 * analyzer and matched as terms: no query syntax is interpreted, so {@code *:*},
 * {@code title:x} or unbalanced quotes are just words (or nothing). Hits in the searcher's
 * language come first, then articles that exist only in other languages, each article once.
 */
@ApplicationScoped
public class ArticleSearch {

  /** More distinct words than any question needs; the rest of a pasted text is ignored. */
  static final int MAX_TERMS = 32;
  /** Neighbouring word pairs scored for proximity; a long pasted text adds no more. */
  static final int MAX_PAIRS = 16;
  /**
   * Two neighbouring query words found at most this many positions apart in the text earn
   * {@link #PAIR_WEIGHT} more. Measured on XQuAD (nDCG@10): vi .902 -> .956, en .933 -> .950.
   */
  static final int PAIR_SLOP = 2;

  static final float PAIR_WEIGHT = 1f;
  /** Languages that write compounds closed, and the weight of a compound's other form. */
  static final Set<Language> COMPOUNDING = java.util.EnumSet.of(Language.DE, Language.NB);

  static final float COMPOUND_WEIGHT = 0.8f;
  /** "Did you mean" is offered when a query finds fewer hits than this. */
  static final int DID_YOU_MEAN_BELOW = 3;

  /** Typo tolerance: only for words of this length, few candidates, low weight. */
  static final int TYPO_MIN_LENGTH = 4;

  static final int TYPO_EXPANSIONS = 10;
  /** At most this many unknown words of one query are matched fuzzily. */
  static final int TYPO_WORDS = 3;
  static final float TYPO_WEIGHT = 0.3f;
  /** A word found through the glossary counts, but less than a word the person typed. */
  static final float GLOSSARY_WEIGHT = 0.7f;
  /** The words of a glossary term may stand a few words apart ("setter innringeren på vent"). */
  static final int GLOSSARY_SLOP = 3;

  @Inject ArticleIndex index;
  @Inject GlossaryHolder glossary;

  private Snippets snippets;
  private volatile Glossary.Analysed analysedGlossary;
  private volatile StandIns standIns;
  private final DirectSpellChecker spelling = spellChecker();

  @PostConstruct
  void init() {
    snippets = new Snippets(index.analyzer());
  }

  /** A search over {@code index} outside the container (benchmarks, tools). */
  public static ArticleSearch over(ArticleIndex index) {
    return over(index, Glossary.EMPTY);
  }

  /** A search over {@code index} with {@code glossary}, outside the container. */
  public static ArticleSearch over(ArticleIndex index, Glossary glossary) {
    ArticleSearch search = new ArticleSearch();
    search.index = index;
    search.glossary = new GlossaryHolder();
    search.glossary.replace(glossary);
    search.init();
    return search;
  }

  public SearchResults search(SearchRequest request) {
    return index.withSearcher(searcher -> run(searcher, request));
  }

  private SearchResults run(IndexSearcher searcher, SearchRequest request) {
    Language reader = request.language();
    Map<Language, Set<String>> glossaryTerms = analysedGlossary().expand(reader, request.text());
    // Other languages are searched only where an article lacks the reader's language.
    Set<Language> languages = standIns(searcher, reader);
    languages.add(reader);
    Map<Language, Query> textQueries = new EnumMap<>(Language.class);
    for (Language language : languages) {
      textQuery(searcher.getIndexReader(), language, request.text(), glossaryTerms.getOrDefault(language, Set.of()), language == reader)
          .ifPresent(q -> textQueries.put(language, q));
    }
    if (textQueries.isEmpty()) {
      return SearchResults.none(request, didYouMean(searcher, request));
    }
    int window = request.offset() + request.limit();
    try {
      FacetCounts facetCounts = new FacetCounts();
      Ranked own = textQueries.containsKey(reader)
          ? top(searcher, ownLanguage(reader, textQueries.get(reader), request), window, facetCounts)
          : Ranked.NONE;
      Ranked others = textQueries.size() > (textQueries.containsKey(reader) ? 1 : 0)
          ? top(searcher, otherLanguages(reader, textQueries, request), Math.max(1, window - own.top().scoreDocs.length), facetCounts)
          : Ranked.NONE;
      List<ScoreDoc> ranked = new ArrayList<>(List.of(own.top().scoreDocs));
      ranked.addAll(List.of(others.top().scoreDocs));
      List<ScoreDoc> page = ranked.subList(Math.min(request.offset(), ranked.size()), Math.min(window, ranked.size()));
      List<SearchHit> hits = hits(searcher, page, textQueries);
      long total = own.top().totalHits.value() + others.top().totalHits.value();
      Optional<String> didYouMean = total < DID_YOU_MEAN_BELOW ? didYouMean(searcher, request) : Optional.empty();
      return new SearchResults(request, total, own.top().totalHits.value(), hits, didYouMean, FacetCounts.sum(own.facets(), others.facets()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The languages of documents that stand in for articles missing in the reader's language.
   * Known per index state: computed once for each searcher the index hands out.
   */
  private Set<Language> standIns(IndexSearcher searcher, Language reader) {
    StandIns cached = standIns;
    if (cached == null || cached.reader() != searcher.getIndexReader()) {
      Map<Language, Set<Language>> byReader = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        byReader.put(language, countStandIns(searcher, language));
      }
      cached = new StandIns(searcher.getIndexReader(), byReader);
      standIns = cached;
    }
    Set<Language> languages = java.util.EnumSet.noneOf(Language.class);
    languages.addAll(cached.byReader().get(reader));
    return languages;
  }

  private record StandIns(IndexReader reader, Map<Language, Set<Language>> byReader) {}

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

  /** The best documents of one query, and the facet counts of all its hits, in one pass. */
  private record Ranked(TopDocs top, Map<String, Map<String, Long>> facets) {
    static final Ranked NONE = new Ranked(new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), Map.of());
  }

  private static Ranked top(IndexSearcher searcher, Query query, int n, FacetCounts facetCounts) throws IOException {
    Object[] results = searcher.search(query, new MultiCollectorManager(new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE), facetCounts));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
    return new Ranked((TopDocs) results[0], facets);
  }


  private static Query ownLanguage(Language reader, Query text, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.LANG, reader.code())), Occur.FILTER)
        .add(text, Occur.MUST);
    return visible(query, request).build();
  }

  /** Documents that stand in for articles with no translation in the reader's language. */
  private static Query otherLanguages(Language reader, Map<Language, Query> textQueries, SearchRequest request) {
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    textQueries.forEach((language, text) -> {
      if (language != reader) {
        anyLanguage.add(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.LANG, language.code())), Occur.FILTER)
                .add(text, Occur.MUST)
                .build(),
            Occur.SHOULD);
      }
    });
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SERVES, reader.code())), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.LANG, reader.code())), Occur.MUST_NOT)
        .add(anyLanguage.build(), Occur.MUST);
    return visible(query, request).build();
  }

  /** The visibility filter, added by the server to every search, and the searcher's own filters. */
  private static BooleanQuery.Builder visible(BooleanQuery.Builder query, SearchRequest request) {
    if (!request.includeInternal()) {
      query.add(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())), Occur.FILTER);
    }
    SearchFilters filters = request.filters();
    filters.category().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.CATEGORY, v)), Occur.FILTER));
    filters.tag().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.TAG, v)), Occur.FILTER));
    filters.audience().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.AUDIENCE, v.code())), Occur.FILTER));
    filters.language().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.LANG, v.code())), Occur.FILTER));
    filters.type().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.TYPE, v)), Occur.FILTER));
    return query;
  }

  /**
   * The words of {@code text} as each field of {@code language} indexes them, each a term
   * query, plus a proximity bonus for every two neighbouring words found near each other in
   * the text: multi-syllable Vietnamese words and multi-word phrases rank above scattered
   * matches.
   */
  Optional<Query> textQuery(IndexReader reader, Language language, String text, Set<String> glossaryTerms, boolean typedInThisLanguage) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    for (TextField field : TextField.forLanguage(language)) {
      if (field.form() != TextField.Form.EXACT) {
        for (String term : glossaryTerms) {
          List<String> termWords = words(field.name(), term);
          Query glossaryQuery = termWords.size() == 1
              ? new TermQuery(new Term(field.name(), termWords.getFirst()))
              : termWords.isEmpty() ? null : new PhraseQuery(GLOSSARY_SLOP, field.name(), termWords.toArray(String[]::new));
          if (glossaryQuery != null) {
            query.add(new BoostQuery(glossaryQuery, field.boost() * GLOSSARY_WEIGHT), Occur.SHOULD);
            any = true;
          }
        }
      }
      List<String> words = words(field.name(), text);
      for (String term : new LinkedHashSet<>(words)) {
        query.add(new BoostQuery(new TermQuery(new Term(field.name(), term)), field.boost()), Occur.SHOULD);
        any = true;
      }
      if (field.kind() == TextField.Kind.BODY) {
        for (int i = 1; i < words.size() && i <= MAX_PAIRS; i++) {
          if (!words.get(i - 1).equals(words.get(i))) {
            Query pair = new PhraseQuery(PAIR_SLOP, field.name(), words.get(i - 1), words.get(i));
            query.add(new BoostQuery(pair, field.boost() * PAIR_WEIGHT), Occur.SHOULD);
          }
        }
      }
      if (COMPOUNDING.contains(language) && field.form() != TextField.Form.FOLDED) {
        for (String term : compoundForms(reader, field.name(), words)) {
          query.add(new BoostQuery(new TermQuery(new Term(field.name(), term)), field.boost() * COMPOUND_WEIGHT), Occur.SHOULD);
        }
      }
      // Typos are forgiven in the language the words were typed in only: in the others, most
      // words are unknown by nature, and each fuzzy match costs an automaton.
      if (typedInThisLanguage && field.kind() == TextField.Kind.BODY && field.form() == typoForm(language)) {
        new LinkedHashSet<>(words).stream()
            .map(word -> typoTolerant(reader, field, word))
            .flatMap(Optional::stream)
            .limit(TYPO_WORDS)
            .forEach(fuzzy -> query.add(fuzzy, Occur.SHOULD));
      }
    }
    return any ? Optional.of(query.build()) : Optional.empty();
  }

  /**
   * The query with each word the index does not know replaced by the closest word it does,
   * among the words of articles the searcher may see; empty when nothing is replaced.
   */
  private Optional<String> didYouMean(IndexSearcher searcher, SearchRequest request) {
    TextField field = TextField.of(request.language(), TextField.Kind.BODY, request.language() == Language.VI ? TextField.Form.MAIN : TextField.Form.EXACT);
    String text = request.text();
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    boolean changed = false;
    try (TokenStream stream = index.analyzer().tokenStream(field.name(), text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int words = 0;
      while (stream.incrementToken() && words++ < MAX_TERMS) {
        Term word = new Term(field.name(), term.toString());
        if (term.length() < TYPO_MIN_LENGTH || searcher.getIndexReader().docFreq(word) > 0) {
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
    return searcher.count(visible(new BooleanQuery.Builder().add(new TermQuery(word), Occur.MUST), request).build()) > 0;
  }

  /** Typos are matched on surface forms: the exact field, or the folded one for Vietnamese. */
  private static TextField.Form typoForm(Language language) {
    return language == Language.VI ? TextField.Form.FOLDED : TextField.Form.EXACT;
  }

  /**
   * For a word the index does not know, the words one edit away (two for long words), weighed
   * low and few: a typo finds its article, but never outranks a word typed right.
   */
  private static Optional<Query> typoTolerant(IndexReader reader, TextField field, String word) {
    if (word.codePointCount(0, word.length()) < TYPO_MIN_LENGTH) {
      return Optional.empty();
    }
    try {
      if (reader.docFreq(new Term(field.name(), word)) > 0) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int edits = word.length() >= 10 ? 2 : 1;
    Query fuzzy = new FuzzyQuery(new Term(field.name(), word), edits, 1, TYPO_EXPANSIONS, true);
    return Optional.of(new BoostQuery(fuzzy, field.boost() * TYPO_WEIGHT));
  }

  /** The glossary in use with its terms analysed, analysed again only when it was replaced. */
  private Glossary.Analysed analysedGlossary() {
    Glossary current = glossary.current();
    Glossary.Analysed analysed = analysedGlossary;
    if (analysed == null || analysed.glossary() != current) {
      analysed = current.analysed(this::glossaryForms);
      analysedGlossary = analysed;
    }
    return analysed;
  }

  /**
   * A text as the glossary compares it in {@code language}: its main analysed words, and for
   * Vietnamese also its words without diacritics.
   */
  private List<List<String>> glossaryForms(Language language, String text) {
    List<List<String>> forms = new ArrayList<>();
    forms.add(words(TextField.main(language, TextField.Kind.BODY).name(), text));
    if (language == Language.VI) {
      forms.add(words(TextField.of(language, TextField.Kind.BODY, TextField.Form.FOLDED).name(), text));
    }
    return forms;
  }

  /** The parts of closed compounds the index lacks, and the compounds of neighbouring words it has. */
  private static Set<String> compoundForms(IndexReader reader, String field, List<String> words) {
    Set<String> forms = new LinkedHashSet<>();
    for (int i = 0; i < words.size() && i < MAX_PAIRS; i++) {
      Compounds.split(reader, field, words.get(i)).ifPresent(forms::addAll);
      if (i > 0) {
        Compounds.join(reader, field, words.get(i - 1), words.get(i)).ifPresent(forms::add);
      }
    }
    forms.removeAll(words);
    return forms;
  }

  /** The analysed words of {@code text} in order, at most {@link #MAX_TERMS}. */
  private List<String> words(String field, String text) {
    Analyzer analyzer = index.analyzer();
    List<String> words = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < MAX_TERMS) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * The words of a query, each on its own: snippets mark words, and finding a phrase's
   * positions again for a snippet costs more than the search itself.
   */
  private static Query wordsOnly(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    terms.removeIf(term -> term.field().endsWith("_exact"));
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(term -> words.add(new TermQuery(term), Occur.SHOULD));
    return words.build();
  }

  private static final Set<String> LISTED_FIELDS = Set.of(IndexFields.SLUG, IndexFields.LANG, IndexFields.TITLE, IndexFields.SUMMARY);

  private static String storedBody(IndexSearcher searcher, int docId, Language language) {
    try {
      return ArticleIndex.bodyText(searcher.storedFields().document(docId), language);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's hits with their stored fields and snippets, highlighted language by language. */
  private List<SearchHit> hits(IndexSearcher searcher, List<ScoreDoc> page, Map<Language, Query> textQueries) throws IOException {
    List<Document> documents = new ArrayList<>();
    Map<Language, List<Integer>> idsByLanguage = new EnumMap<>(Language.class);
    for (ScoreDoc scoreDoc : page) {
      // The body is the largest stored value: only the highlighter reads it.
      Document doc = searcher.storedFields().document(scoreDoc.doc, LISTED_FIELDS);
      documents.add(doc);
      idsByLanguage.computeIfAbsent(Language.require(doc.get(IndexFields.LANG)), l -> new ArrayList<>()).add(scoreDoc.doc);
    }
    Map<Integer, String> snippets = new java.util.HashMap<>();
    idsByLanguage.forEach((language, ids) -> snippets.putAll(this.snippets.highlight(searcher, language, wordsOnly(textQueries.get(language)), ids)));
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Document doc = documents.get(i);
      Language language = Language.require(doc.get(IndexFields.LANG));
      String summary = doc.get(IndexFields.SUMMARY);
      String snippet = snippets.computeIfAbsent(page.get(i).doc, id -> Snippets.plain(summary, storedBody(searcher, id, language)));
      hits.add(new SearchHit(doc.get(IndexFields.SLUG), language, doc.get(IndexFields.TITLE), Optional.ofNullable(summary), snippet, page.get(i).score));
    }
    return hits;
  }
}
