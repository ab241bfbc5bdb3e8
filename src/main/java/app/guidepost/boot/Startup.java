package app.guidepost.boot;

import app.guidepost.account.FirstAdmin;
import app.guidepost.content.ContentImporter;
import app.guidepost.platform.DatabaseMigrations;
import app.guidepost.platform.GuidepostSettings;
import app.guidepost.platform.Readiness;
import app.guidepost.search.IndexFollower;
import app.guidepost.search.LearnedLexicon;
import app.guidepost.search.SearchIndexer;
import app.guidepost.search.lexicon.LexiconFile;
import app.guidepost.terminology.Terminology;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up in order: migrate the schema, import the content folder, open the index and bring
 * it in step with the database (from the change-log position it records, or rebuilt), then
 * follow the change log. Runs in the background so that liveness answers at once;
 * readiness turns up only when every step is done.
 *
 * <p>A failed attempt is tried again after a growing pause (1 s doubling to
 * {@value #MAX_PAUSE_SECONDS} s): a database that is still starting, or away for a moment,
 * must not leave an instance that never becomes ready. Every step is safe to repeat: Flyway
 * skips applied migrations, the import skips unchanged files and the index is reopened.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());
  static final long MAX_PAUSE_SECONDS = 60;

  @Inject DatabaseMigrations migrations;
  @Inject ContentImporter importer;
  @Inject SearchIndexer indexer;
  @Inject IndexFollower follower;
  @Inject LearnedLexicon lexicon;
  @Inject Terminology terminology;
  @Inject GuidepostSettings settings;
  @Inject Readiness readiness;
  @Inject FirstAdmin firstAdmin;

  @Resource ManagedScheduledExecutorService executor;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    executor.submit(this::run);
  }

  void run() {
    long started = System.nanoTime();
    try {
      readiness.enter(Readiness.Phase.MIGRATING);
      migrations.migrate();
      firstAdmin.ensure();
      long migrated = System.nanoTime();
      readiness.enter(Readiness.Phase.IMPORTING);
      importer.importAll();
      // Before the index opens: the follower then applies concepts edited after this reading.
      terminology.loadEdited();
      long imported = System.nanoTime();
      readiness.enter(Readiness.Phase.INDEXING);
      Optional<Long> indexed = indexer.open(settings.indexDir());
      long from;
      if (indexed.isPresent() && follower.canCatchUpFrom(indexed.get())) {
        from = indexed.get();
        indexer.refreshSuggestions();
        LOG.log(Level.INFO, "Search index in {0} reflects change {1}; catching up from there", new Object[] {settings.indexDir(), from});
      } else {
        from = indexer.rebuild();
      }
      long opened = System.nanoTime();
      lexicon.resumeFrom(new LexiconFile(settings.lexiconFile()));
      follower.start(from);
      readiness.enter(Readiness.Phase.READY);
      long ready = System.nanoTime();
      // Learned in the background: the first searches need not wait for it, and go on with the last run's meanwhile.
      lexicon.current();
      // Where the time went, for operators sizing a restart: the import compares every file, the
      // index opens or is rebuilt, and catching up replays the changes made while it was down.
      LOG.log(
          Level.INFO,
          "Guidepost is ready: content from {0}, data in {1} ({2} ms after deployment: database schema {3} ms, content import {4} ms,"
              + " search index {5} ms, catching up with the change log {6} ms)",
          new Object[] {settings.contentDir(), settings.dataDir(), millis(started, ready), millis(started, migrated), millis(migrated, imported),
              millis(imported, opened), millis(opened, ready)});
    } catch (Exception | LinkageError e) {
      int attempts = readiness.fail(e);
      long pause = pauseAfter(attempts);
      if (attempts == 1) {
        LOG.log(Level.SEVERE, "Guidepost could not start; trying again in " + pause + " s", e);
      } else {
        LOG.log(Level.SEVERE, "Guidepost could not start (attempt {0}): {1}; trying again in {2} s", new Object[] {attempts, e, pause});
      }
      executor.schedule(this::run, pause, TimeUnit.SECONDS);
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  static long pauseAfter(int failedAttempts) {
    return Math.min(MAX_PAUSE_SECONDS, 1L << Math.min(failedAttempts - 1, 6));
  }
}
