package app.guidepost.walkthrough;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How walkthroughs of a guide went, step by step: how many reached each step (counted once per
 * walkthrough, also when the visitor went back), how many are still there, how many were left
 * there (expired without an ending), and how many ended there, by outcome.
 */
@ApplicationScoped
public class WalkthroughStats {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Clock clock;

  /** Counts for one step of the guide. */
  public record StepCounts(long reached, long inProgress, long leftHere, Map<String, Long> endedHere) {}

  /** Counts for a guide over the walkthroughs started since {@code since}. */
  public record GuideCounts(long walkthroughs, long handedOver, Map<String, Long> endings, Map<String, StepCounts> steps) {}

  public GuideCounts forGuide(String slug, OffsetDateTime since) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    long started = entityManager.createQuery(
            "select count(w) from Walkthrough w where w.guide = :slug and w.startedAt >= :since", Long.class)
        .setParameter("slug", slug).setParameter("since", since).getSingleResult();
    long handedOver = entityManager.createQuery(
            "select coalesce(sum(w.handedOver), 0) from Walkthrough w where w.guide = :slug and w.startedAt >= :since", Number.class)
        .setParameter("slug", slug).setParameter("since", since).getSingleResult().longValue();
    Map<String, Long> reached = pairs(entityManager.createQuery(
            "select v.step, count(w) from Walkthrough w join w.visits v where v.guide = :slug and w.startedAt >= :since group by v.step", Object[].class)
        .setParameter("slug", slug).setParameter("since", since).getResultList());
    Map<String, Long> here = pairs(entityManager.createQuery(
            "select w.currentStep, count(w) from Walkthrough w where w.currentGuide = :slug and w.startedAt >= :since"
                + " and (w.outcome is null or w.outcome = 'continue') and w.expiresAt >= :now group by w.currentStep", Object[].class)
        .setParameter("slug", slug).setParameter("since", since).setParameter("now", now).getResultList());
    Map<String, Long> left = pairs(entityManager.createQuery(
            "select w.currentStep, count(w) from Walkthrough w where w.currentGuide = :slug and w.startedAt >= :since"
                + " and (w.outcome is null or w.outcome = 'continue') and w.expiresAt < :now group by w.currentStep", Object[].class)
        .setParameter("slug", slug).setParameter("since", since).setParameter("now", now).getResultList());
    Map<String, Map<String, Long>> ended = new HashMap<>();
    Map<String, Long> endings = new HashMap<>();
    for (Object[] row : entityManager.createQuery(
            "select w.currentStep, w.outcome, count(w) from Walkthrough w where w.currentGuide = :slug and w.startedAt >= :since"
                + " and w.outcome is not null and w.outcome <> 'continue' group by w.currentStep, w.outcome", Object[].class)
        .setParameter("slug", slug).setParameter("since", since).getResultList()) {
      long count = ((Number) row[2]).longValue();
      ended.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], count);
      endings.merge((String) row[1], count, Long::sum);
    }
    Map<String, StepCounts> steps = new HashMap<>();
    for (String step : union(reached.keySet(), here.keySet(), left.keySet(), ended.keySet())) {
      steps.put(step, new StepCounts(reached.getOrDefault(step, 0L), here.getOrDefault(step, 0L), left.getOrDefault(step, 0L),
          Map.copyOf(ended.getOrDefault(step, Map.of()))));
    }
    return new GuideCounts(started, handedOver, Map.copyOf(endings), Map.copyOf(steps));
  }

  private static Map<String, Long> pairs(List<Object[]> rows) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @SafeVarargs
  private static java.util.Set<String> union(java.util.Set<String>... sets) {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (java.util.Set<String> set : sets) {
      all.addAll(set);
    }
    return all;
  }
}
