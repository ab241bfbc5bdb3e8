package app.guidepost.metrics;

import app.guidepost.analytics.SearchAnalytics;
import app.guidepost.content.ContentImporter;
import app.guidepost.content.ImportReport;
import app.guidepost.platform.Readiness;
import app.guidepost.search.IndexFollower;
import app.guidepost.search.Listings;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.support.SupportRequestStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges read when Prometheus scrapes: the index (documents, generation, changes not yet
 * applied), the last import, support requests waiting for delivery and analytics events
 * dropped. A value that cannot be read right now (the database away) is reported as -1.
 */
@ApplicationScoped
public class StateGauges {

  private static final Logger LOG = Logger.getLogger(StateGauges.class.getName());

  @Inject MetricRegistry registry;
  @Inject Readiness readiness;
  @Inject ArticleIndex index;
  @Inject Listings listings;
  @Inject IndexFollower follower;
  @Inject ContentImporter importer;
  @Inject SupportRequestStore supportRequests;
  @Inject SearchAnalytics analytics;

  void register(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    // Anyone may scrape these: counts cover what readers may see, never internal documents.
    registry.gauge("guidepost.index.documents", guarded(() -> readiness.isReady() ? listings.publicDocuments() : -1));
    registry.gauge("guidepost.index.generation", guarded(() -> readiness.isReady() ? index.generation() : -1));
    // Not the change log's position: anyone may scrape this, and it would count internal edits.
    registry.gauge("guidepost.index.behind", guarded(() -> readiness.isReady() ? Math.max(0, follower.head() - follower.position()) : -1));
    registry.gauge("guidepost.support.pending", guarded(() -> readiness.isReady() ? supportRequests.pending() : -1));
    registry.gauge("guidepost.analytics.dropped", guarded(analytics::dropped));
    // Only failures: the other counts include internal files (staff read them at /api/content/import).
    importGauge("failed", ImportReport::failed);
  }

  private void importGauge(String outcome, ToIntFunction<ImportReport> count) {
    registry.gauge("guidepost.import.files", guarded(() -> importer.lastReport().map(count::applyAsInt).orElse(-1)), new Tag("outcome", outcome));
  }

  private static Supplier<Number> guarded(Supplier<Number> value) {
    return () -> {
      try {
        return value.get();
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "A gauge could not be read", e);
        return -1;
      }
    };
  }
}
