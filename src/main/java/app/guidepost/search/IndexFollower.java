package app.guidepost.search;

import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.changes.ChangeLogEntry;
import app.guidepost.changes.ContentChanged;
import app.guidepost.changes.GuidesChanged;
import app.guidepost.changes.TermsChanged;
import app.guidepost.changes.VocabularyChanged;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's index in step with the change log, whichever instance made the change:
 * polls it every {@value #POLL_MILLIS} ms (at once after a local change), applies what is new in
 * one index commit with the position reached, and evicts the changed content from this
 * instance's entity cache first so that pages and the index read what was committed.
 *
 * <p>Numbers are handed out before commit, so a change may become visible after one numbered
 * higher. A missing number is therefore waited for ({@value #GAP_SECONDS} s, then taken as a
 * rolled-back change) before the position moves past it; what was applied above it is not
 * applied twice. A failure leaves the position where it was: the next poll tries again, and
 * applying a change twice does no harm.
 */
@ApplicationScoped
public class IndexFollower {

  private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
  static final long POLL_MILLIS = 500;
  static final long GAP_SECONDS = 60;
  static final int BATCH = 500;
  static final Duration KEPT = Duration.ofDays(7);

  @Inject ChangeLog log;
  @Inject SearchIndexer indexer;
  @Inject Event<GuidesChanged> guidesChanged;
  @Inject Event<TermsChanged> termsChanged;
  @Inject Event<VocabularyChanged> vocabularyChanged;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  @PersistenceUnit(unitName = "guidepost")
  EntityManagerFactory entities;

  /** Every change numbered up to here is in the index (or was never committed). */
  private long position;
  /** Changes above the position already in the index. */
  private final TreeSet<Long> appliedAbove = new TreeSet<>();
  /** Numbers above the position not seen yet, with when they were first missed. */
  private final TreeMap<Long, Instant> missing = new TreeMap<>();
  private volatile boolean started;
  private Instant lastPrune = Instant.EPOCH;
  private ScheduledFuture<?> polling;

  /**
   * Whether an index at {@code indexed} can be brought up to date from the log: the log still
   * holds every change after it, and the database is not older than the index (a restored backup).
   */
  public boolean canCatchUpFrom(long indexed) {
    long head = log.head();
    if (indexed > head) {
      return false;
    }
    return indexed == head || log.oldest().map(oldest -> oldest <= indexed + 1).orElse(false);
  }

  /**
   * Starts following from {@code indexed}: applies what the log holds after it (and what may
   * have committed late in the last {@value #GAP_SECONDS} s) before returning, then polls.
   */
  public synchronized void start(long indexed) throws IOException {
    position = indexed;
    appliedAbove.clear();
    missing.clear();
    List<ChangeLogEntry> recent = log.since(OffsetDateTime.now(clock).minusSeconds(GAP_SECONDS), BATCH).stream()
        .filter(e -> e.seq() <= indexed).toList();
    if (!recent.isEmpty()) {
      apply(recent, position);
    }
    catchUp();
    started = true;
    if (polling == null) {
      polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** What a rebuild while serving did. */
  public record Rebuild(long position, int documents, long millis) {}

  /** A rebuild asked for while one is running. */
  public static final class RebuildRunningException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    RebuildRunningException() {
      super(409, "Rebuild running", "A rebuild of the search index is already running on this instance.");
    }
  }

  private final java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Rebuilds this instance's index from the database while it goes on serving: the new index is
   * built beside the served one, then swapped in with following paused for the moment of the
   * swap, and the log followed again from where the rebuild read it (what changed meanwhile is
   * applied once more).
   */
  public Rebuild rebuildWhileServing() throws IOException {
    if (!rebuilding.compareAndSet(false, true)) {
      throw new RebuildRunningException();
    }
    try {
      long started = System.nanoTime();
      SearchIndexer.Rebuilt rebuilt = indexer.prepareRebuild();
      synchronized (this) {
        indexer.swapIn(rebuilt);
        position = rebuilt.position();
        appliedAbove.clear();
        missing.clear();
      }
      catchUp();
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.log(Level.INFO, "Search index rebuilt while serving: {0} documents in {1} ms, at change {2}",
          new Object[] {rebuilt.documents(), millis, rebuilt.position()});
      return new Rebuild(rebuilt.position(), rebuilt.documents(), millis);
    } finally {
      rebuilding.set(false);
    }
  }

  public boolean isRebuilding() {
    return rebuilding.get();
  }

  private volatile java.util.Optional<Rebuild> lastRebuild = java.util.Optional.empty();

  /** Starts a rebuild while serving in the background; refused when one is running. */
  public void startRebuild() {
    if (rebuilding.get()) {
      throw new RebuildRunningException();
    }
    scheduler.execute(() -> {
      try {
        lastRebuild = java.util.Optional.of(rebuildWhileServing());
      } catch (RebuildRunningException e) {
        LOG.fine("A rebuild was already running");
      } catch (Exception e) {
        LOG.log(Level.SEVERE, "Rebuilding the search index while serving failed; the served index is unchanged", e);
      }
    });
  }

  /** The last rebuild while serving on this instance, since it started. */
  public java.util.Optional<Rebuild> lastRebuild() {
    return lastRebuild;
  }

  /** The newest change in the log, to tell how far behind this instance is. */
  public long head() {
    return log.head();
  }

  /** How far this instance's index has come. */
  public synchronized long position() {
    return position;
  }

  /** A change committed on this instance: follow it now rather than at the next poll. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (started) {
      scheduler.execute(this::poll);
    }
  }

  private void poll() {
    try {
      catchUp();
      pruneNowAndThen();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Could not follow the change log (position " + position + "); trying again", e);
    }
  }

  /** Applies every committed change after the position; returns once the index reflects them. */
  public synchronized void catchUp() throws IOException {
    while (true) {
      List<ChangeLogEntry> entries = log.after(position, BATCH);
      List<ChangeLogEntry> fresh = entries.stream().filter(e -> !appliedAbove.contains(e.seq())).toList();
      Instant now = clock.instant();
      TreeSet<Long> seen = new TreeSet<>(appliedAbove);
      entries.forEach(e -> seen.add(e.seq()));
      long highest = seen.isEmpty() ? position : seen.last();
      for (long seq = position + 1; seq < highest; seq++) {
        if (!seen.contains(seq)) {
          missing.putIfAbsent(seq, now);
        }
      }
      missing.keySet().removeIf(seen::contains);
      long reached = position;
      while (seen.contains(reached + 1) || expired(missing.get(reached + 1), now)) {
        reached++;
        missing.remove(reached);
      }
      if (fresh.isEmpty() && reached == position) {
        return;
      }
      apply(fresh, reached);
      appliedAbove.addAll(fresh.stream().map(ChangeLogEntry::seq).toList());
      long newPosition = reached;
      appliedAbove.removeIf(seq -> seq <= newPosition);
      position = reached;
      if (entries.size() < BATCH) {
        return;
      }
    }
  }

  private boolean expired(Instant missedSince, Instant now) {
    return missedSince != null && Duration.between(missedSince, now).getSeconds() >= GAP_SECONDS;
  }

  private void apply(List<ChangeLogEntry> entries, long reached) throws IOException {
    Set<SearchIndexer.Changed> changed = new LinkedHashSet<>();
    Set<String> concepts = new LinkedHashSet<>();
    Set<String> vocabularies = new LinkedHashSet<>();
    boolean guides = false;
    for (ChangeLogEntry entry : entries) {
      switch (entry.kind()) {
        case TERM -> concepts.add(entry.slug());
        case VOCABULARY -> vocabularies.add(entry.slug());
        case GUIDE -> {
          guides = true;
          changed.add(new SearchIndexer.Changed(entry.slug(), true));
        }
        case ARTICLE -> changed.add(new SearchIndexer.Changed(entry.slug(), false));
      }
    }
    evictContent(guides, entries.stream().anyMatch(e -> e.kind() == ChangeKind.ARTICLE));
    if (guides) {
      guidesChanged.fire(new GuidesChanged());
    }
    if (!concepts.isEmpty()) {
      termsChanged.fire(new TermsChanged(concepts));
    }
    if (!vocabularies.isEmpty()) {
      vocabularyChanged.fire(new VocabularyChanged(vocabularies));
    }
    // Also when only concepts changed: the position reached is recorded in the index.
    indexer.apply(changed, reached);
  }

  /** Drops changed content from this instance's entity cache: another instance may have made the change. */
  private void evictContent(boolean guides, boolean articles) {
    var cache = entities.getCache();
    if (articles) {
      cache.evict(app.guidepost.article.Article.class);
      cache.evict(app.guidepost.article.Translation.class);
      cache.evict(app.guidepost.article.Revision.class);
    }
    if (guides) {
      cache.evict(app.guidepost.guide.StoredGuide.class);
      cache.evict(app.guidepost.guide.GuideTranslation.class);
      cache.evict(app.guidepost.guide.GuideRevision.class);
    }
  }

  /** Forgets changes older than {@link #KEPT}, once an hour; an index further behind is rebuilt at start. */
  private void pruneNowAndThen() {
    Instant now = clock.instant();
    if (Duration.between(lastPrune, now).toHours() < 1) {
      return;
    }
    lastPrune = now;
    int pruned = log.prune(OffsetDateTime.now(clock).minus(KEPT));
    if (pruned > 0) {
      LOG.log(Level.INFO, "Change log: {0} entries older than {1} days removed", new Object[] {pruned, KEPT.toDays()});
    }
  }

  /** Stops polling; the position is in the index already. */
  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  /** For tests of the gap rule: which numbers are being waited for. */
  synchronized Map<Long, Instant> waitingFor() {
    return Map.copyOf(missing);
  }
}
