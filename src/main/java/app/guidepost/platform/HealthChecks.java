package app.guidepost.platform;

import app.guidepost.article.ArticleRepository;
import app.guidepost.search.index.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: content imported, index open, database answering. Liveness: the application is
 * deployed and its start-up has not failed.
 */
@ApplicationScoped
public class HealthChecks {

  private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

  @Inject app.guidepost.platform.Readiness startup;
  @Inject ArticleIndex index;
  @Inject ArticleRepository articles;

  @Produces
  @Readiness
  HealthCheck ready() {
    return () -> {
      boolean imported = startup.isReady();
      boolean indexOpen = index.isOpen();
      boolean database = imported && databaseAnswers();
      return HealthCheckResponse.named("guidepost")
          .status(imported && indexOpen && database)
          .withData("phase", startup.phase().name().toLowerCase(java.util.Locale.ROOT))
          .withData("index", indexOpen)
          .withData("database", database)
          .build();
    };
  }

  @Produces
  @Liveness
  HealthCheck live() {
    return () -> HealthCheckResponse.named("guidepost").status(startup.phase() != app.guidepost.platform.Readiness.Phase.FAILED).build();
  }

  private boolean databaseAnswers() {
    try {
      return articles.answers();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Database does not answer", e);
      return false;
    }
  }
}
