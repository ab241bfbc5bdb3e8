package app.guidepost.platform;

import app.guidepost.account.FirstAdmin;
import app.guidepost.content.ContentImporter;
import app.guidepost.search.SearchIndexer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up in order: migrate the schema, import the content folder, open the index and bring
 * it in step with the database. Runs in the background so that liveness answers at once;
 * readiness turns up only when every step is done.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject DatabaseMigrations migrations;
  @Inject ContentImporter importer;
  @Inject SearchIndexer indexer;
  @Inject GuidepostSettings settings;
  @Inject Readiness readiness;
  @Inject FirstAdmin firstAdmin;

  @Resource ManagedExecutorService executor;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    executor.submit(this::run);
  }

  void run() {
    long started = System.nanoTime();
    try {
      readiness.enter(Readiness.Phase.MIGRATING);
      migrations.migrate();
      firstAdmin.ensure();
      readiness.enter(Readiness.Phase.IMPORTING);
      importer.importAll();
      readiness.enter(Readiness.Phase.INDEXING);
      indexer.openAndSynchronize(settings.indexDir());
      readiness.enter(Readiness.Phase.READY);
      LOG.log(
          Level.INFO,
          "Guidepost is ready: content from {0}, data in {1} ({2} ms after deployment)",
          new Object[] {settings.contentDir(), settings.dataDir(), (System.nanoTime() - started) / 1_000_000});
    } catch (Exception | LinkageError e) {
      LOG.log(Level.SEVERE, "Guidepost could not start", e);
      readiness.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
