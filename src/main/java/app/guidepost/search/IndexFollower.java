package app.guidepost.search;

import app.guidepost.editing.ContentChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the index in step after each committed edit, on another thread and in a transaction of
 * its own, so that the save answers at once and a failing index never undoes a save. If it fails,
 * the database still has the change and the index is rebuilt at the next start (its fingerprint
 * no longer matches).
 */
@ApplicationScoped
public class IndexFollower {

  private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

  @Inject SearchIndexer indexer;
  @Resource ManagedExecutorService executor;

  /** A guide's published texts changed: its documents follow, off the request thread. */
  public void guideChanged(String slug) {
    executor.execute(() -> {
      try {
        indexer.reindexGuide(slug);
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not bring the search index in step for guide " + slug, e);
      }
    });
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    executor.execute(() -> {
      try {
        indexer.reindexArticle(change.slug());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Could not bring the search index in step for " + change.slug(), e);
      }
    });
  }
}
