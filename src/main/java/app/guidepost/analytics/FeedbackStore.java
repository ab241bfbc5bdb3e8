package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Stores "was this helpful?" answers and counts them per article and language. */
@ApplicationScoped
public class FeedbackStore {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Clock clock;

  /** Counts of one article in one language. */
  public record Counts(long helpful, long notHelpful) {}

  @Transactional
  public void record(String slug, Language language, boolean helpful) {
    entityManager.persist(new ArticleFeedback(slug, language, helpful, OffsetDateTime.now(clock)));
  }

  public Counts counts(String slug, Language language) {
    Object[] row = entityManager.createQuery(
            "select count(f), coalesce(sum(f.helpful), 0) from ArticleFeedback f where f.slug = :slug and f.language = :lang", Object[].class)
        .setParameter("slug", slug).setParameter("lang", language).getSingleResult();
    long all = ((Number) row[0]).longValue();
    long yes = ((Number) row[1]).longValue();
    return new Counts(yes, all - yes);
  }
}
