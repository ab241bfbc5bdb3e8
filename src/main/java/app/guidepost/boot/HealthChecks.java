package app.guidepost.boot;

import app.guidepost.article.ArticleRepository;
import app.guidepost.search.index.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: content imported, index open and the web application started (whether the database answers is reported, but a
 * database away for a while does not take the instance out of service: search still works);
 * after a failed start-up attempt, the step and the kind of error. Liveness: the application is deployed.
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
      boolean serving = startup.isServing();
      boolean database = imported && databaseAnswers();
      // Ready without the database once started: searches are answered from the index while it
      // is away, and taking every instance out of the load balancer would stop those too.
      HealthCheckResponseBuilder response = HealthCheckResponse.named("guidepost")
          .status(serving && indexOpen)
          .withData("phase", name(startup.phase()))
          .withData("web", startup.hasWebApplicationStarted())
          .withData("index", indexOpen)
          .withData("database", database);
      startup.failure().ifPresent(failure -> response
          .withData("failedDuring", name(failure.during()))
          .withData("cause", failure.cause())
          .withData("failedAttempts", failure.attempts()));
      return response.build();
    };
  }

  /** Live while start-up is still being tried: a restart would only try the same again. */
  @Produces
  @Liveness
  HealthCheck live() {
    return () -> HealthCheckResponse.named("guidepost").up().build();
  }

  private static String name(app.guidepost.platform.Readiness.Phase phase) {
    return phase.name().toLowerCase(java.util.Locale.ROOT);
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
