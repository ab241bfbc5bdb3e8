package app.guidepost.analytics;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The articles read most in each help-center language lately, most read first; replaced whole
 * when the analytics refresh, so a page never waits for the count.
 */
@ApplicationScoped
public class PopularArticles {

  private final AtomicReference<Map<Language, List<String>>> current = new AtomicReference<>(Map.of());

  /** Article slugs, most read first; empty until enough has been read. */
  public List<String> in(Language language) {
    return current.get().getOrDefault(language, List.of());
  }

  public void replace(Map<Language, List<String>> popular) {
    current.set(Map.copyOf(popular));
  }
}
