package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import app.guidepost.search.ArticleSearch;
import app.guidepost.search.SearchResults;
import app.guidepost.search.SuggestionsHolder;
import java.util.EnumMap;
import java.util.Map;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records searches and clicks without slowing either: events wait in a bounded queue and are
 * written in one transaction every {@value #FLUSH_SECONDS} seconds. When the queue is full
 * (the database is away), new events are dropped and counted, never the search.
 */
@ApplicationScoped
public class SearchAnalytics {

  private static final Logger LOG = Logger.getLogger(SearchAnalytics.class.getName());
  static final int FLUSH_SECONDS = 2;
  static final int MAX_QUEUED = 10_000;
  /** How far back the counts of searches and reads look. */
  public static final int POPULAR_DAYS = 30;
  /** Reads an article must have to count among the most read. */
  static final long POPULAR_MINIMUM = 2;
  /**
   * Different readers who must have searched a query before it is suggested to others: one
   * person repeating a text must not be able to show it to everyone.
   */
  static final long SUGGESTED_AFTER_SEARCHERS = 3;
  static final int POPULAR_KEPT = 500;
  static final int POPULAR_ARTICLES_KEPT = 20;

  @Inject AnalyticsStore store;
  @Inject SuggestionsHolder suggestions;
  @Inject ArticleSearch search;
  @Inject PopularArticles popularArticles;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  /** How often suggestions and the most read articles are counted again (the tests shorten it). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(name = "guidepost.analytics.refresh", defaultValue = "PT30S")
  java.time.Duration refreshEvery;

  private final Searchers searchers = new Searchers();
  private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private ScheduledFuture<?> flushing;
  private ScheduledFuture<?> refreshing;

  @PostConstruct
  void start() {
    flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    long every = refreshEvery.toMillis();
    refreshing = scheduler.scheduleWithFixedDelay(this::refreshPopularQueries, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * A search was answered.
   *
   * @param address where it came from ({@link app.guidepost.platform.ClientAddress}); only a
   *     keyed hash of it is kept
   */
  public void searched(SearchResults results, String address) {
    enqueue(new SearchEvent(
        results.request().language(),
        results.request().text(),
        (int) Math.min(Integer.MAX_VALUE, results.total()),
        results.answeredOnlyInOtherLanguages(),
        results.request().includeInternal(),
        searchers.of(address),
        OffsetDateTime.now(clock)));
  }

  /** An article page was opened in the help center. */
  public void viewed(Language language, String articleSlug) {
    enqueue(new ArticleView(language, articleSlug, OffsetDateTime.now(clock)));
  }

  public void clicked(Language language, String query, String articleSlug, Language articleLanguage) {
    enqueue(new SearchClick(language, query, articleSlug, articleLanguage, OffsetDateTime.now(clock)));
  }

  private void enqueue(Object event) {
    if (queued.incrementAndGet() > MAX_QUEUED) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    queue.add(event);
  }

  /** Writes what is queued; on failure the batch is dropped and logged, the next one tried. */
  public synchronized void flush() {
    List<Object> batch = new ArrayList<>();
    for (Object event = queue.poll(); event != null; event = queue.poll()) {
      queued.decrementAndGet();
      batch.add(event);
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.write(batch);
    } catch (RuntimeException e) {
      dropped.addAndGet(batch.size());
      LOG.log(Level.WARNING, "Could not write " + batch.size() + " search analytics events", e);
    }
  }

  /**
   * Looks at the last {@value #POPULAR_DAYS} days: the frequent successful queries (searched at
   * least {@value #POPULAR_MINIMUM} times, with results) go to the suggestions; how often each
   * article was opened goes to the editors' list, and those opened at least as often to the
   * help-center home.
   */
  public void refreshPopularQueries() {
    try {
      OffsetDateTime since = OffsetDateTime.now(clock).minusDays(POPULAR_DAYS);
      Map<Language, List<String>> popular = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        popular.put(language, store.popularQueries(language, since, SUGGESTED_AFTER_SEARCHERS, POPULAR_KEPT).stream()
            .filter(query -> search.onlyPublicWords(language, query))
            .toList());
      }
      suggestions.replacePopularQueries(popular);
      Map<Language, Map<String, Long>> read = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        read.put(language, store.readsPerArticle(language, since));
      }
      popularArticles.replace(read, POPULAR_MINIMUM, POPULAR_ARTICLES_KEPT);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the frequent queries for suggestions", e);
    }
  }

  public long dropped() {
    return dropped.get();
  }

  @PreDestroy
  void stop() {
    if (flushing != null) {
      flushing.cancel(false);
    }
    if (refreshing != null) {
      refreshing.cancel(false);
    }
    flush();
  }
}
