package app.guidepost.search;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The suggestions in use: article titles, replaced whole whenever the index is brought in
 * step, and the frequent successful queries of each language, replaced by analytics.
 */
@ApplicationScoped
public class SuggestionsHolder {

  private final AtomicReference<Suggestions> current = new AtomicReference<>(Suggestions.EMPTY);
  private final AtomicReference<Map<Language, List<String>>> popular = new AtomicReference<>(Map.of());

  public Suggestions current() {
    return current.get();
  }

  public void replace(Suggestions suggestions) {
    current.set(suggestions);
  }

  /** Queries people searched often and found results for, most frequent first, per language. */
  public Map<Language, List<String>> popularQueries() {
    return popular.get();
  }

  public void replacePopularQueries(Map<Language, List<String>> queries) {
    Map<Language, List<String>> copy = new EnumMap<>(Language.class);
    queries.forEach((language, list) -> copy.put(language, List.copyOf(list)));
    popular.set(Map.copyOf(copy));
  }
}
