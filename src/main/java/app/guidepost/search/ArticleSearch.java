package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexFields;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.search.index.TextField;
import app.guidepost.search.index.TranslationDocuments;
import app.guidepost.search.lexicon.Lexicon;
import app.guidepost.terminology.Termbase;
import app.guidepost.terminology.Terminology;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
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
 * language come first where they answer, then articles that exist only in other languages
 * (found through their own words, the termbase and the learned lexicon), each article once.
 */
@ApplicationScoped
public class ArticleSearch {

  /** How many guides are shown beside the articles. */
  static final int GUIDES_SHOWN = 3;

  @Inject ArticleIndex index;
  @Inject Terminology terminology;
  @Inject LearnedLexicon learnedLexicon;

  private Snippets snippets;
  private TypedQueries queries;
  private final PublicStatistics publicStatistics = new PublicStatistics();
  private DidYouMean respelling;
  private volatile AnalysedTermbase analysedTermbase;
  private final StandIns standIns = new StandIns();
  private final HitDocuments hitDocuments = new HitDocuments(READ_FIELDS, HitDocuments.DEFAULT_BUDGET_CHARS);

  @PostConstruct
  void init() {
    snippets = new Snippets(index.analyzer());
    queries = new TypedQueries(index.analyzer(), index.analyzers());
    respelling = new DidYouMean(index.analyzer(), queries);
  }

  /** A search over {@code index} without a termbase, outside the container (tests of everything else). */
  public static ArticleSearch over(ArticleIndex index) {
    return over(index, Termbase.EMPTY);
  }

  /** A search over {@code index} with {@code termbase} and nothing else, outside the container (benchmarks, tools). */
  public static ArticleSearch over(ArticleIndex index, Termbase termbase) {
    ArticleSearch search = new ArticleSearch();
    search.index = index;
    search.terminology = Terminology.fixed(termbase);
    search.learnedLexicon = LearnedLexicon.over(index);
    search.init();
    return search;
  }

  /**
   * Whether every word of {@code text} is a word of some document readers without an account
   * may see, in {@code language}: the test a query must pass before others are offered it as a
   * suggestion. A phone number, an address or a name that no public article holds never
   * becomes one, however often it is searched.
   */
  public boolean onlyPublicWords(Language language, String text) {
    return index.withSearcher(searcher -> {
      KnownTerms terms = new KnownTerms(searcher, false);
      for (TextField.Form form : List.of(TextField.Form.MAIN, TextField.Form.FOLDED)) {
        TextField title = TextField.of(language, TextField.Kind.TITLE, form);
        TextField body = TextField.of(language, TextField.Kind.BODY, form);
        if (!TextField.forLanguage(language).contains(body)) {
          continue;
        }
        List<String> words = queries.typedWords(body.name(), text);
        if (!words.isEmpty() && words.stream().allMatch(word ->
            terms.visible(new Term(body.name(), word)) || terms.visible(new Term(title.name(), word)))) {
          return true;
        }
      }
      return false;
    });
  }

  public SearchResults search(SearchRequest request) {
    return index.withSearcher(searcher -> run(searcher, request));
  }

  private SearchResults run(IndexSearcher indexSearcher, SearchRequest request) {
    IndexSearcher searcher = request.includeInternal() ? indexSearcher : publicStatistics.over(indexSearcher);
    Language reader = request.language();
    Map<Language, Set<String>> glossaryTerms = analysedGlossary().expand(reader, request.text());
    // Other languages are searched only where an article lacks the reader's language.
    Set<Language> languages = standIns.languages(searcher, reader);
    languages.add(reader);
    Map<Language, Query> matchQueries = new EnumMap<>(Language.class);
    Map<Language, CloseWords> bonuses = new EnumMap<>(Language.class);
    KnownTerms terms = new KnownTerms(searcher, request.includeInternal());
    Lexicon lexicon = learnedLexicon.lexicon(indexSearcher);
    CompoundHeads compounds = learnedLexicon.compounds(indexSearcher);
    NamesAcrossScripts names = learnedLexicon.names(indexSearcher);
    for (Language language : languages) {
      Map<String, Float> learned = language == reader ? Map.of() : LearnedLexicon.renderings(terms, lexicon, names, analysedGlossary(), queries, reader, language, request.text());
      queries.forLanguage(terms, language, request.text(), glossaryTerms.getOrDefault(language, Set.of()), learned, compounds, language == reader)
          .ifPresent(typed -> {
            matchQueries.put(language, typed.matching());
            bonuses.put(language, typed.bonus());
          });
    }
    if (matchQueries.isEmpty()) {
      return SearchResults.none(request, respelling.suggest(terms, request));
    }
    // Fields are per language: one bonus holds every language's without mixing them.
    CloseWords bonus = CloseWords.combined(terms, List.copyOf(bonuses.values()), TypedQueries.PAIR_SLOP);
    int window = request.offset() + request.limit();
    try {
      Ranked own = matchQueries.containsKey(reader)
          ? top(searcher, ownLanguage(reader, matchQueries.get(reader), request), bonus, window, pinned(request, Optional.of(reader)))
          : Ranked.NONE;
      Ranked others = matchQueries.size() > (matchQueries.containsKey(reader) ? 1 : 0)
          ? top(searcher, otherLanguages(reader, matchQueries, request), bonus, window, pinned(request, request.filters().language()))
          : Ranked.NONE;
      List<ScoreDoc> ranked = new ArrayList<>(List.of(own.top().scoreDocs));
      if (others.top().scoreDocs.length > 0) {
        Coverage coverage = Coverage.of(terms, queries, analysedGlossary(), lexicon, names, reader, matchQueries.keySet(), request.text());
        ranked = StandIns.ownLanguageFirst(own.top().scoreDocs, others.top().scoreDocs, coverage::ofOwn, coverage::ofStandIn);
      }
      List<ScoreDoc> page = ranked.subList(Math.min(request.offset(), ranked.size()), Math.min(window, ranked.size()));
      List<SearchHit> hits = hits(searcher, page, matchQueries);
      long total = own.total() + others.total();
      Optional<String> didYouMean = respelling.suggest(terms, request);
      Map<String, Map<String, Long>> facets = FacetCounts.sum(own.facets(), others.facets());
      List<SearchHit> guides = List.of();
      if (request.filters().type().isEmpty()) {
        Query guideQuery = guides(reader, matchQueries, request);
        TopDocs topGuides = searcher.search(guideQuery, new TopScoreDocCollectorManager(RESCORED, null, Integer.MAX_VALUE));
        guides = hits(searcher, List.of(bonus.rescore(topGuides.scoreDocs, GUIDES_SHOWN)), matchQueries);
        facets = withGuideCount(facets, topGuides.totalHits.value());
      }
      return new SearchResults(request, total, own.total(), hits, didYouMean, facets, guides);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The best documents of one query, how many documents it matches, and their facet counts. */
  private record Ranked(TopDocs top, long total, Map<String, Map<String, Long>> facets) {
    static final Ranked NONE = new Ranked(new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]), 0, Map.of());
  }

  /**
   * Ranks only as far as the best {@code n} need, in two steps. The hits' own words pick the
   * best {@link #RESCORED} candidates: with no exact count asked of it, Lucene skips documents
   * that cannot make that cut (block-max WAND), which on a large corpus is most of them. Then
   * the bonus (stop words, words found close together) is added to those candidates' scores
   * only, the one part of a search that reads positions. The count and the facets come from
   * a pass over {@code matching} that scores nothing.
   */
  private static Ranked top(IndexSearcher searcher, Query matching, CloseWords bonus, int n, Map<String, String> pinned) throws IOException {
    int candidates = Math.max(n, RESCORED);
    TopDocs first = searcher.search(matching, new TopScoreDocCollectorManager(candidates, null, candidates));
    TopDocs best = new TopDocs(first.totalHits, bonus.rescore(first.scoreDocs, n));
    FacetCounts.Counted counted = searcher.search(new ConstantScoreQuery(matching), new FacetCounts(pinned));
    return new Ranked(best, counted.total(), counted.facets());
  }

  /** The facet fields whose one value the filters of {@code request} fix, with that value. */
  private static Map<String, String> pinned(SearchRequest request, Optional<Language> language) {
    Map<String, String> pinned = Visibility.pinned(request.filters().type().orElse(IndexedTranslation.ARTICLE), request.includeInternal());
    request.filters().audience().ifPresent(audience -> pinned.put(IndexFields.AUDIENCE, audience.code()));
    language.ifPresent(pinnedLanguage -> pinned.put(IndexFields.LANG, pinnedLanguage.code()));
    return pinned;
  }

  /**
   * How many of the best candidates by their words get the bonus for words found close
   * together. The bonus reorders hits that match about equally well; on the development sets
   * no hit from further down needed it to reach the first page (nDCG@10 the same at 50 and
   * 100 as with the bonus on every hit), and 50 ranks 9% faster than 100 on 100k translations.
   */
  static final int RESCORED = 50;

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

  /**
   * Guides that answer the query, each in the one language its reader gets it in: the guide's
   * document that serves the reader, matched in its own language.
   */
  private static Query guides(Language reader, Map<Language, Query> textQueries, SearchRequest request) {
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    textQueries.forEach((language, text) -> anyLanguage.add(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.LANG, language.code())), Occur.FILTER)
            .add(text, Occur.MUST)
            .build(),
        Occur.SHOULD));
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SERVES, reader.code())), Occur.FILTER)
        .add(anyLanguage.build(), Occur.MUST);
    return visible(query, request, IndexedTranslation.GUIDE).build();
  }

  private static Map<String, Map<String, Long>> withGuideCount(Map<String, Map<String, Long>> facets, long guides) {
    if (guides == 0) {
      return facets;
    }
    Map<String, Map<String, Long>> merged = new java.util.HashMap<>(facets);
    Map<String, Long> types = new java.util.HashMap<>(merged.getOrDefault(IndexFields.TYPE, Map.of()));
    types.put(IndexedTranslation.GUIDE, guides);
    merged.put(IndexFields.TYPE, types);
    return merged;
  }

  /**
   * The visibility filter, added by the server to every search, and the searcher's own filters;
   * articles only unless the searcher asked for another type.
   */
  static BooleanQuery.Builder visible(BooleanQuery.Builder query, SearchRequest request) {
    return visible(query, request, request.filters().type().orElse(IndexedTranslation.ARTICLE));
  }

  private static BooleanQuery.Builder visible(BooleanQuery.Builder query, SearchRequest request, String type) {
    Visibility.filter(query, type, request.includeInternal());
    SearchFilters filters = request.filters();
    filters.category().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.CATEGORY, v)), Occur.FILTER));
    filters.tag().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.TAG, v)), Occur.FILTER));
    filters.audience().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.AUDIENCE, v.code())), Occur.FILTER));
    filters.language().ifPresent(v -> query.add(new TermQuery(new Term(IndexFields.LANG, v.code())), Occur.FILTER));
    return query;
  }

  /** The termbase in effect with its terms analysed, analysed again only when it was replaced. */
  private Glossary.Analysed analysedGlossary() {
    Termbase current = terminology.current();
    AnalysedTermbase analysed = analysedTermbase;
    if (analysed == null || analysed.termbase() != current) {
      analysed = new AnalysedTermbase(current, Glossary.of(current).analysed(queries::glossaryForms, queries::withStopWords));
      analysedTermbase = analysed;
    }
    return analysed.glossary();
  }

  private record AnalysedTermbase(Termbase termbase, Glossary.Analysed glossary) {}

  /**
   * The words of a query, each on its own: snippets mark words, and finding a phrase's
   * positions again for a snippet costs more than the search itself.
   */
  private static Query wordsOnly(Query query, IndexSearcher searcher, Set<Integer> docs) throws IOException {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    terms.removeIf(term -> term.field().endsWith("_exact"));
    terms.retainAll(heldByAny(searcher, terms, docs));
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    terms.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(term -> words.add(new TermQuery(term), Occur.SHOULD));
    return words.build();
  }

  /**
   * The terms that at least one of {@code docs} holds. The highlighter looks for each word's
   * offsets in each document it highlights, and most of a query's words (its synonyms, typo
   * and compound forms, renderings) are in none of a page's few: asked once per segment here,
   * they are not asked again per document.
   */
  private static Set<Term> heldByAny(IndexSearcher searcher, Set<Term> terms, Set<Integer> docs) throws IOException {
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
    Set<Term> held = new java.util.HashSet<>();
    List<org.apache.lucene.index.LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<String, org.apache.lucene.index.TermsEnum> enums = new java.util.HashMap<>();
    for (org.apache.lucene.index.LeafReaderContext leaf : leaves) {
      int from = java.util.Arrays.binarySearch(sorted, leaf.docBase);
      from = from >= 0 ? from : -from - 1;
      int to = java.util.Arrays.binarySearch(sorted, leaf.docBase + leaf.reader().maxDoc());
      to = to >= 0 ? to : -to - 1;
      if (from == to) {
        continue;
      }
      enums.clear();
      org.apache.lucene.index.PostingsEnum postings = null;
      for (Term term : terms) {
        if (held.contains(term)) {
          continue;
        }
        org.apache.lucene.index.TermsEnum iterator = enums.get(term.field());
        if (iterator == null) {
          org.apache.lucene.index.Terms fieldTerms = leaf.reader().terms(term.field());
          if (fieldTerms == null) {
            continue;
          }
          iterator = fieldTerms.iterator();
          enums.put(term.field(), iterator);
        }
        if (!iterator.seekExact(term.bytes())) {
          continue;
        }
        postings = iterator.postings(postings, org.apache.lucene.index.PostingsEnum.NONE);
        for (int i = from; i < to; i++) {
          int target = sorted[i] - leaf.docBase;
          int at = postings.docID() >= target ? postings.docID() : postings.advance(target);
          if (at == target) {
            held.add(term);
            break;
          }
          if (at == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
        }
      }
    }
    return held;
  }

  private static final Set<String> LISTED_FIELDS = Set.of(IndexFields.SLUG, IndexFields.LANG, IndexFields.TITLE, IndexFields.SUMMARY, IndexFields.TYPE);

  /** What a hit shows, and the text its snippet is cut from: read once, in one pass of its block. */
  private static final Set<String> READ_FIELDS;

  static {
    Set<String> fields = new java.util.HashSet<>(LISTED_FIELDS);
    for (Language language : Language.values()) {
      fields.add(TextField.main(language, TextField.Kind.BODY).name());
    }
    READ_FIELDS = Set.copyOf(fields);
  }

  /**
   * The page's hits with their stored fields and snippets, highlighted language by language.
   * Each hit's stored document is decompressed once, for its listing and its snippet alike
   * (on a large index, reading it twice was a sixth of a search), and kept for the next search
   * that shows it ({@link HitDocuments}).
   */
  private List<SearchHit> hits(IndexSearcher searcher, List<ScoreDoc> page, Map<Language, Query> textQueries) throws IOException {
    List<Document> documents = new ArrayList<>();
    Map<Language, Map<Integer, String>> bodiesByLanguage = new EnumMap<>(Language.class);
    for (ScoreDoc scoreDoc : page) {
      Document doc = hitDocuments.read(searcher, scoreDoc.doc);
      documents.add(doc);
      Language language = Language.require(doc.get(IndexFields.LANG));
      bodiesByLanguage.computeIfAbsent(language, l -> new java.util.HashMap<>()).put(scoreDoc.doc, Objects.requireNonNullElse(TranslationDocuments.bodyText(doc, language), ""));
    }
    Map<Integer, String> snippets = new java.util.HashMap<>();
    for (Map.Entry<Language, Map<Integer, String>> bodies : bodiesByLanguage.entrySet()) {
      Query words = wordsOnly(textQueries.get(bodies.getKey()), searcher, bodies.getValue().keySet());
      snippets.putAll(this.snippets.highlight(searcher, bodies.getKey(), words, bodies.getValue()));
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      Document doc = documents.get(i);
      Language language = Language.require(doc.get(IndexFields.LANG));
      String summary = doc.get(IndexFields.SUMMARY);
      String snippet = snippets.computeIfAbsent(page.get(i).doc, id -> Snippets.plain(summary, bodiesByLanguage.get(language).get(id)));
      hits.add(new SearchHit(doc.get(IndexFields.TYPE), doc.get(IndexFields.SLUG), language, doc.get(IndexFields.TITLE), Optional.ofNullable(summary), snippet, page.get(i).score));
    }
    return hits;
  }
}
