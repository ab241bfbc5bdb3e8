package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes analytics events and reads the aggregates editors look at. What the background refresh
 * reads runs in a transaction of its own: outside one, the container's entity manager belongs
 * to whichever invocation scheduled the refresh and is closed under it after the first run.
 */
@ApplicationScoped
public class AnalyticsStore {

  @PersistenceContext(unitName = "guidepost")
  private EntityManager entityManager;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(List<Object> events) {
    events.forEach(entityManager::persist);
  }

  /**
   * Per query (case folded) in one language since a moment, by readers or by staff: searches,
   * average results, no-result searches, answers only elsewhere.
   */
  public List<Object[]> queries(Language language, OffsetDateTime since, boolean staff) {
    return entityManager.createQuery(
            "select lower(e.query), count(e), avg(e.results),"
                + " sum(case when e.results = 0 then 1 else 0 end),"
                + " sum(e.fallbackOnly)"
                + " from SearchEvent e where e.language = :language and e.createdAt >= :since and e.staff = :staff"
                + " group by lower(e.query)", Object[].class)
        .setParameter("language", language)
        .setParameter("since", since)
        .setParameter("staff", staff ? 1 : 0)
        .getResultList();
  }

  /**
   * Queries (case folded) that at least {@code minimum} different readers searched with results
   * since a moment, most searched first. Staff searches do not count: their results include
   * internal articles, and what they search for is not for readers to see.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> popularQueries(Language language, OffsetDateTime since, long minimum, int limit) {
    return entityManager.createQuery(
            "select lower(e.query) from SearchEvent e where e.language = :language and e.createdAt >= :since and e.results > 0 and e.staff = 0"
                + " group by lower(e.query) having count(distinct e.searcher) >= :minimum order by count(e) desc, lower(e.query)", String.class)
        .setParameter("language", language)
        .setParameter("since", since)
        .setParameter("minimum", minimum)
        .setMaxResults(limit)
        .getResultList();
  }

  /** How often each article was opened from pages in one language since a moment (articles never opened are absent). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<String, Long> readsPerArticle(Language language, OffsetDateTime since) {
    Map<String, Long> reads = new HashMap<>();
    entityManager.createQuery(
            "select v.articleSlug, count(v) from ArticleView v where v.language = :language and v.createdAt >= :since group by v.articleSlug",
            Object[].class)
        .setParameter("language", language)
        .setParameter("since", since)
        .getResultStream()
        .forEach(row -> reads.put((String) row[0], ((Number) row[1]).longValue()));
    return reads;
  }

  /** Per query (case folded) in one language since a moment: clicks on hits. */
  public List<Object[]> clicks(Language language, OffsetDateTime since) {
    return entityManager.createQuery(
            "select lower(c.query), count(c) from SearchClick c"
                + " where c.language = :language and c.createdAt >= :since group by lower(c.query)", Object[].class)
        .setParameter("language", language)
        .setParameter("since", since)
        .getResultList();
  }

  /** Readers' searches in one language per day (UTC) since a moment: day, searches, searches without results; days without searches are absent. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<DayCount> searchesPerDay(Language language, OffsetDateTime since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = entityManager.createNativeQuery(
            "SELECT CAST(created_at AS DATE), COUNT(*), SUM(CASE WHEN results = 0 THEN 1 ELSE 0 END) FROM search_event"
                + " WHERE lang = ? AND created_at >= ? AND staff = 0 GROUP BY CAST(created_at AS DATE) ORDER BY 1")
        .setParameter(1, language.code())
        .setParameter(2, since)
        .getResultList();
    return rows.stream().map(row -> new DayCount(java.time.LocalDate.parse(String.valueOf(row[0]).substring(0, 10)),
        ((Number) row[1]).longValue(), ((Number) row[2]).longValue())).toList();
  }

  /** One day's searches and how many found nothing. */
  public record DayCount(java.time.LocalDate day, long searches, long noResults) {}

  /** Per article, the "Was this helpful?" answers in one language since a moment: slug, yes, all. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Map<String, long[]> votesPerArticle(Language language, OffsetDateTime since) {
    Map<String, long[]> votes = new HashMap<>();
    entityManager.createQuery(
            "select f.slug, sum(f.helpful), count(f) from ArticleFeedback f"
                + " where f.language = :language and f.createdAt >= :since group by f.slug", Object[].class)
        .setParameter("language", language)
        .setParameter("since", since)
        .getResultStream()
        .forEach(row -> votes.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return votes;
  }
}
