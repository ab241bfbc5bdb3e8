package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How often each article was read lately in each help-center language, and from that the most
 * read ones; replaced whole when the analytics refresh, so a page never waits for the count.
 * The help-center home lists the most read; editors order their work by it.
 */
@ApplicationScoped
public class PopularArticles {

  /** Reads per article in one language, and the articles read most, most read first. */
  private record Counted(Map<String, Long> reads, List<String> mostRead) {}

  private final AtomicReference<Map<Language, Counted>> current = new AtomicReference<>(Map.of());

  /** Article slugs, most read first; empty until enough has been read. */
  public List<String> in(Language language) {
    Counted counted = current.get().get(language);
    return counted == null ? List.of() : counted.mostRead();
  }

  /** How often {@code slug} was read by readers of {@code language} lately; 0 when never or not yet counted. */
  public long reads(Language language, String slug) {
    Counted counted = current.get().get(language);
    return counted == null ? 0 : counted.reads().getOrDefault(slug, 0L);
  }

  /**
   * Takes new counts: per language, reads per article. The most read are those read at least
   * {@code minimum} times, at most {@code kept}, most read first (by slug where equal).
   */
  public void replace(Map<Language, Map<String, Long>> reads, long minimum, int kept) {
    Map<Language, Counted> counted = new EnumMap<>(Language.class);
    reads.forEach((language, perArticle) -> counted.put(language, new Counted(Map.copyOf(perArticle), perArticle.entrySet().stream()
        .filter(e -> e.getValue() >= minimum)
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(kept)
        .map(Map.Entry::getKey)
        .toList())));
    current.set(Map.copyOf(counted));
  }
}
