package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What editors read from search analytics for one language over a period. */
@ApplicationScoped
public class SearchReport {

  static final int TOP = 50;

  @Inject AnalyticsStore store;
  @Inject Clock clock;

  /** One query as people typed it (case folded), with what happened to it. */
  public record QueryFigures(String query, long searches, double averageResults, long noResults, long onlyOtherLanguages, long clicks) {}

  /**
   * The figures of one language: readers' totals, most frequent queries and content gaps (from
   * the API and the help-center pages alike), and apart from them the staff's (agents, editors
   * and admins, whose results include internal articles: what they cannot find is a gap of its
   * own, and their searches must not pass for readers').
   */
  public record Figures(
      Language language, int days, long searches, long noResults, long onlyOtherLanguages, long clicks,
      List<QueryFigures> topQueries, List<QueryFigures> contentGaps, Staff staff) {}

  /** What staff searched in that language. */
  public record Staff(long searches, long noResults, List<QueryFigures> topQueries, List<QueryFigures> contentGaps) {}

  public Figures figures(Language language, int days) {
    OffsetDateTime since = OffsetDateTime.now(clock).minus(Duration.ofDays(days));
    Map<String, Long> clicks = new HashMap<>();
    for (Object[] row : store.clicks(language, since)) {
      clicks.put((String) row[0], ((Number) row[1]).longValue());
    }
    List<QueryFigures> queries = queries(language, since, false, clicks);
    List<QueryFigures> staff = queries(language, since, true, Map.of());
    return new Figures(
        language,
        days,
        queries.stream().mapToLong(QueryFigures::searches).sum(),
        queries.stream().mapToLong(QueryFigures::noResults).sum(),
        queries.stream().mapToLong(QueryFigures::onlyOtherLanguages).sum(),
        clicks.values().stream().mapToLong(Long::longValue).sum(),
        top(queries),
        gaps(queries),
        new Staff(staff.stream().mapToLong(QueryFigures::searches).sum(), staff.stream().mapToLong(QueryFigures::noResults).sum(), top(staff), gaps(staff)));
  }

  private static final Comparator<QueryFigures> FREQUENT = Comparator.comparingLong(QueryFigures::searches).reversed().thenComparing(QueryFigures::query);

  private static List<QueryFigures> top(List<QueryFigures> queries) {
    return queries.stream().sorted(FREQUENT).limit(TOP).toList();
  }

  private static List<QueryFigures> gaps(List<QueryFigures> queries) {
    return queries.stream().filter(q -> q.noResults() > 0).sorted(FREQUENT).limit(TOP).toList();
  }

  private List<QueryFigures> queries(Language language, OffsetDateTime since, boolean staff, Map<String, Long> clicks) {
    return store.queries(language, since, staff).stream()
        .map(row -> new QueryFigures(
            (String) row[0],
            ((Number) row[1]).longValue(),
            ((Number) row[2]).doubleValue(),
            ((Number) row[3]).longValue(),
            ((Number) row[4]).longValue(),
            clicks.getOrDefault((String) row[0], 0L)))
        .toList();
  }
}
