package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexFields;
import app.guidepost.search.index.IndexedTranslation;
import app.guidepost.search.index.TextField;
import app.guidepost.search.index.TranslationDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The public articles as the help center lists them (its home, category pages, sitemap), read
 * from the search index rather than the database. The index holds one document per published
 * translation, marked with the reader languages it is the one shown to, and the article's
 * audience; so a listing for a reader is a query, the same visibility rule as search's, and
 * costs what it shows rather than the whole corpus: on 100,000 translations, reading every
 * article and its texts from the database for each home page would cost seconds.
 */
@ApplicationScoped
public class Listings {

  @Inject ArticleIndex index;

  /** An article as listed for a reader: the translation that reader is shown. */
  public record Listed(String slug, Language language, String title, Optional<String> summary, Optional<String> category, Optional<Instant> updated) {}

  /** A listing over {@code index} outside the container (tests). */
  public static Listings over(ArticleIndex index) {
    Listings listings = new Listings();
    listings.index = index;
    return listings;
  }

  /** How many public articles a reader of {@code reader} finds under each category. */
  public Map<String, Long> categories(Language reader) {
    return index.withSearcher(searcher -> {
      try {
        FacetCounts.Counted counted = searcher.search(shownTo(reader, false).build(), new FacetCounts(Visibility.pinned(IndexedTranslation.ARTICLE, false)));
        return counted.facets().getOrDefault(IndexFields.CATEGORY, Map.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The {@code n} public articles changed last, as a reader of {@code reader} sees them. */
  public List<Listed> recentlyUpdated(Language reader, int n) {
    Sort newestFirst = new Sort(new SortField(IndexFields.UPDATED, SortField.Type.LONG, true), SortField.FIELD_DOC);
    return index.withSearcher(searcher -> {
      try {
        return read(searcher, List.of(searcher.search(shownTo(reader, false).build(), n, newestFirst).scoreDocs));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every public article under {@code category}, as a reader of {@code reader} sees them, unordered. */
  public List<Listed> inCategory(Language reader, String category) {
    return every(shownTo(reader, false).add(new TermQuery(new Term(IndexFields.CATEGORY, category)), Occur.FILTER).build());
  }

  /**
   * Up to {@code n} other public articles under {@code category}, as a reader of {@code reader}
   * sees them: the "more in this topic" list of an article page. Those most alike to the
   * translation of {@code besides} shown to that reader come first (the words of its title and
   * body that are rarest in the index, as Lucene's MoreLikeThis picks them); the rest of the
   * topic follows, changed last first. In a topic of two hundred articles, the printer article's
   * list then names the other printer articles, not the five edited last.
   */
  public List<Listed> moreInCategory(Language reader, String category, String besides, int n) {
    Query inTopic = shownTo(reader, false)
        .add(new TermQuery(new Term(IndexFields.CATEGORY, category)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.SLUG, besides)), Occur.MUST_NOT)
        .build();
    Sort newestFirst = new Sort(new SortField(IndexFields.UPDATED, SortField.Type.LONG, true), SortField.FIELD_DOC);
    return index.withSearcher(searcher -> {
      try {
        List<ScoreDoc> chosen = new ArrayList<>();
        Optional<Query> alike = likeness(searcher, reader, besides);
        if (alike.isPresent()) {
          Query alikeInTopic = new BooleanQuery.Builder().add(alike.get(), Occur.MUST).add(inTopic, Occur.FILTER).build();
          chosen.addAll(List.of(searcher.search(alikeInTopic, n).scoreDocs));
        }
        if (chosen.size() < n) {
          Set<Integer> taken = new java.util.HashSet<>();
          chosen.forEach(doc -> taken.add(doc.doc));
          for (ScoreDoc doc : searcher.search(inTopic, n + chosen.size(), newestFirst).scoreDocs) {
            if (chosen.size() < n && taken.add(doc.doc)) {
              chosen.add(doc);
            }
          }
        }
        return read(searcher, chosen);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Words of a translation that another must share to be alike: at least one other document has them. */
  private static final int ALIKE_MIN_DOC_FREQ = 2;
  /** How many of its words stand for a translation (the default of MoreLikeThis). */
  private static final int ALIKE_TERMS = 25;
  /**
   * Words in more than this share of a language's documents say nothing about one of them
   * (Vietnamese has no stop word list: its commonest syllables would otherwise fill the words
   * and match the whole topic)...
   */
  private static final double ALIKE_MAX_SHARE = 0.3;
  /** ...but in a small knowledge base every shared word counts. */
  private static final int ALIKE_MAX_DOC_FREQ_FLOOR = 20;

  /**
   * What the translation of {@code slug} shown to {@code reader} is about, as a query for others
   * like it in its language: its words weighted by how often it uses them and how rare they are.
   */
  private Optional<Query> likeness(IndexSearcher searcher, Language reader, String slug) throws IOException {
    Query own = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.SLUG, slug)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.SERVES, reader.code())), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexedTranslation.ARTICLE)), Occur.FILTER)
        .build();
    ScoreDoc[] found = searcher.search(own, 1).scoreDocs;
    if (found.length == 0) {
      return Optional.empty();
    }
    Document document = searcher.storedFields().document(found[0].doc);
    Optional<Language> language = Language.fromCode(document.get(IndexFields.LANG));
    if (language.isEmpty()) {
      return Optional.empty();
    }
    String title = TextField.main(language.get(), TextField.Kind.TITLE).name();
    String body = TextField.main(language.get(), TextField.Kind.BODY).name();
    MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
    like.setAnalyzer(index.analyzer());
    like.setFieldNames(new String[] {title, body});
    like.setMinTermFreq(1);
    like.setMinDocFreq(ALIKE_MIN_DOC_FREQ);
    like.setMaxQueryTerms(ALIKE_TERMS);
    org.apache.lucene.search.CollectionStatistics inLanguage = searcher.collectionStatistics(body);
    long documents = inLanguage == null ? 0 : inLanguage.docCount();
    like.setMaxDocFreq((int) Math.max(ALIKE_MAX_DOC_FREQ_FLOOR, documents * ALIKE_MAX_SHARE));
    like.setBoost(true);
    Map<String, Collection<Object>> text = Map.of(
        title, List.of(Optional.ofNullable(document.get(IndexFields.TITLE)).orElse("")),
        body, List.of(Optional.ofNullable(TranslationDocuments.bodyText(document, language.get())).orElse("")));
    Query query = like.like(text);
    return query instanceof BooleanQuery terms && terms.clauses().isEmpty() ? Optional.empty() : Optional.of(query);
  }

  /** An article in the list of every article: the translation shown, its tags and the languages the article is published in. */
  public record ListedArticle(Listed shown, List<String> tags, List<Language> languages) {}

  /** One page of the list of every article, and how many there are in all. */
  public record ArticlePage(long total, List<ListedArticle> items) {}

  /**
   * Every article a reader of {@code reader} may read ({@code staff}: internal ones too), one
   * translation each, titles in the reader's collation order (slug where titles are equal), from
   * {@code offset}, at most {@code limit}.
   */
  public ArticlePage everyArticle(Language reader, boolean staff, int offset, int limit) {
    Query built = shownTo(reader, staff).build();
    return index.withSearcher(searcher -> {
      try {
        int[] ordered = titleOrder(searcher, reader.code() + (staff ? "+staff" : ""), built, reader);
        int total = ordered.length;
        if (offset >= total) {
          return new ArticlePage(total, List.of());
        }
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
          page.add(new ScoreDoc(ordered[i], Float.NaN));
        }
        // One read of each stored document (they hold the text too: every read decompresses a block).
        StoredFields stored = searcher.storedFields();
        List<Listed> shown = new ArrayList<>(page.size());
        List<List<String>> tags = new ArrayList<>(page.size());
        for (ScoreDoc doc : page) {
          Document document = stored.document(doc.doc, LISTED_WITH_TAGS);
          shown.add(listed(document));
          tags.add(List.of(document.getValues(IndexFields.TAG)));
        }
        Map<String, List<Language>> languages = languages(searcher, shown.stream().map(Listed::slug).toList());
        List<ListedArticle> items = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
          items.add(new ListedArticle(shown.get(i), tags.get(i), languages.getOrDefault(shown.get(i).slug(), List.of())));
        }
        return new ArticlePage(total, List.copyOf(items));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every listed document in a reader's title order, for one index state: sorted once, then paged by position. */
  private record TitleOrders(org.apache.lucene.index.IndexReader reader, Map<String, int[]> orders) {}

  private volatile TitleOrders titleOrders;

  /**
   * The documents {@code query} finds, in the reader language's title order (slug where titles
   * are equal), as document numbers of the searcher's index state. Sorting keeps every hit up to
   * the page asked for, with its sort key: 30 ms for a page deep in 20,000 articles, each time.
   * Sorted once per index state and kept, a page is a slice.
   */
  private int[] titleOrder(IndexSearcher searcher, String key, Query query, Language reader) throws IOException {
    TitleOrders current = titleOrders;
    if (current == null || current.reader() != searcher.getIndexReader()) {
      current = new TitleOrders(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
      titleOrders = current;
    }
    int[] ordered = current.orders().get(key);
    if (ordered == null) {
      int total = searcher.count(query);
      Sort byTitle = new Sort(new SortField(IndexFields.titleOrder(reader.code()), SortField.Type.STRING), new SortField(IndexFields.SLUG, SortField.Type.STRING));
      ScoreDoc[] sorted = total == 0 ? new ScoreDoc[0] : searcher.search(query, total, byTitle).scoreDocs;
      ordered = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        ordered[i] = sorted[i].doc;
      }
      current.orders().put(key, ordered);
    }
    return ordered;
  }

  /** The languages each of {@code slugs} is published in, in the languages' order: read from doc values, not stored documents. */
  private static Map<String, List<Language>> languages(IndexSearcher searcher, List<String> slugs) throws IOException {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(new TermInSetQuery(IndexFields.SLUG, slugs.stream().map(BytesRef::new).toList()), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.TYPE, IndexedTranslation.ARTICLE)), Occur.FILTER)
        .build();
    Map<String, java.util.EnumSet<Language>> found = new LinkedHashMap<>();
    searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
      private org.apache.lucene.index.SortedDocValues slug;
      private org.apache.lucene.index.SortedSetDocValues lang;

      @Override
      protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) throws IOException {
        slug = org.apache.lucene.index.DocValues.getSorted(context.reader(), IndexFields.SLUG);
        lang = org.apache.lucene.index.DocValues.getSortedSet(context.reader(), IndexFields.LANG);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (slug.advanceExact(doc) && lang.advanceExact(doc)) {
          String article = slug.lookupOrd(slug.ordValue()).utf8ToString();
          Language.fromCode(lang.lookupOrd(lang.nextOrd()).utf8ToString())
              .ifPresent(language -> found.computeIfAbsent(article, s -> java.util.EnumSet.noneOf(Language.class)).add(language));
        }
      }

      @Override
      public org.apache.lucene.search.ScoreMode scoreMode() {
        return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
      }
    });
    Map<String, List<Language>> languages = new LinkedHashMap<>();
    found.forEach((slug, set) -> languages.put(slug, List.copyOf(set)));
    return languages;
  }

  /** The public articles among {@code slugs}, as a reader of {@code reader} sees them, by slug. */
  public Map<String, Listed> bySlug(Language reader, Collection<String> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    List<BytesRef> terms = slugs.stream().map(BytesRef::new).toList();
    Map<String, Listed> found = new LinkedHashMap<>();
    for (Listed listed : every(shownTo(reader, false).add(new TermInSetQuery(IndexFields.SLUG, terms), Occur.FILTER).build())) {
      found.put(listed.slug(), listed);
    }
    return found;
  }

  /** How many documents (article and guide translations) readers without an account can find. */
  public int publicDocuments() {
    return count(new TermQuery(new Term(IndexFields.AUDIENCE, Audience.PUBLIC.code())));
  }

  private int count(Query query) {
    return index.withSearcher(searcher -> {
      try {
        return searcher.count(query);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every published translation of every public article, for the sitemap. */
  public List<Listed> everyPublicTranslation() {
    return every(Visibility.filter(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST), IndexedTranslation.ARTICLE, false).build());
  }

  /** The article documents shown to a reader of {@code reader} ({@code staff}: internal ones too). */
  private static BooleanQuery.Builder shownTo(Language reader, boolean staff) {
    return Visibility.filter(new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.SERVES, reader.code())), Occur.FILTER), IndexedTranslation.ARTICLE, staff);
  }

  private List<Listed> every(Query query) {
    return index.withSearcher(searcher -> {
      try {
        int count = searcher.count(query);
        return count == 0 ? List.<Listed>of() : read(searcher, List.of(searcher.search(query, count, Sort.INDEXORDER).scoreDocs));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static final Set<String> LISTED_FIELDS = Set.of(IndexFields.SLUG, IndexFields.LANG, IndexFields.TITLE, IndexFields.SUMMARY,
      IndexFields.CATEGORY, IndexFields.UPDATED);

  private static final Set<String> LISTED_WITH_TAGS = java.util.stream.Stream.concat(LISTED_FIELDS.stream(), java.util.stream.Stream.of(IndexFields.TAG))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static List<Listed> read(IndexSearcher searcher, List<ScoreDoc> docs) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<Listed> listed = new ArrayList<>(docs.size());
    for (ScoreDoc doc : docs) {
      listed.add(listed(stored.document(doc.doc, LISTED_FIELDS)));
    }
    return listed;
  }

  private static Listed listed(Document document) {
    Optional<Instant> updated = Optional.ofNullable(document.getField(IndexFields.UPDATED))
        .map(field -> Instant.ofEpochMilli(field.numericValue().longValue()));
    return new Listed(document.get(IndexFields.SLUG), Language.require(document.get(IndexFields.LANG)), document.get(IndexFields.TITLE),
        Optional.ofNullable(document.get(IndexFields.SUMMARY)), Optional.ofNullable(document.get(IndexFields.CATEGORY)), updated);
  }

  /**
   * The index state listings are read from now: the same object until the index changes, so a
   * caller may keep what it built from listings for as long as this stays the same.
   */
  public Object state() {
    return index.withSearcher(IndexSearcher::getIndexReader);
  }
}
