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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
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

  @Inject ArticleIndex index;

  private Snippets snippets;

  @PostConstruct
  void init() {
    snippets = new Snippets(index.analyzer());
  }

  /** A search over {@code index} outside the container (benchmarks, tools). */
  public static ArticleSearch over(ArticleIndex index) {
    ArticleSearch search = new ArticleSearch();
    search.index = index;
    search.init();
    return search;
  }

  public SearchResults search(SearchRequest request) {
    return index.withSearcher(searcher -> run(searcher, request));
  }

  private SearchResults run(IndexSearcher searcher, SearchRequest request) {
    Language reader = request.language();
    Map<Language, Query> textQueries = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      textQuery(searcher.getIndexReader(), language, request.text()).ifPresent(q -> textQueries.put(language, q));
    }
    if (textQueries.isEmpty()) {
      return new SearchResults(request, 0, List.of());
    }
    int window = request.offset() + request.limit();
    try {
      TopDocs own = textQueries.containsKey(reader)
          ? top(searcher, ownLanguage(reader, textQueries.get(reader), request), window)
          : new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
      TopDocs others = top(searcher, otherLanguages(reader, textQueries, request), Math.max(1, window - own.scoreDocs.length));
      List<ScoreDoc> ranked = new ArrayList<>(List.of(own.scoreDocs));
      ranked.addAll(List.of(others.scoreDocs));
      List<ScoreDoc> page = ranked.subList(Math.min(request.offset(), ranked.size()), Math.min(window, ranked.size()));
      List<SearchHit> hits = hits(searcher, page, textQueries);
      return new SearchResults(request, own.totalHits.value() + others.totalHits.value(), hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TopDocs top(IndexSearcher searcher, Query query, int n) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE));
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

  /** The visibility filter, added by the server to every search. */
  private static BooleanQuery.Builder visible(BooleanQuery.Builder query, SearchRequest request) {
    if (!request.includeInternal()) {
      query.add(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())), Occur.FILTER);
    }
    return query;
  }

  /**
   * The words of {@code text} as each field of {@code language} indexes them, each a term
   * query, plus a proximity bonus for every two neighbouring words found near each other in
   * the text: multi-syllable Vietnamese words and multi-word phrases rank above scattered
   * matches.
   */
  Optional<Query> textQuery(IndexReader reader, Language language, String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    for (TextField field : TextField.forLanguage(language)) {
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
    }
    return any ? Optional.of(query.build()) : Optional.empty();
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
    idsByLanguage.forEach((language, ids) -> snippets.putAll(this.snippets.highlight(searcher, language, textQueries.get(language), ids)));
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
