package app.guidepost.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Which languages a reader of each language is shown when an article has no translation in
 * theirs. Configured per language as {@code guidepost.fallback.<code>} (for example
 * {@code guidepost.fallback.nb=en}); the default is English. The chain never contains the
 * reader's own language.
 */
@ApplicationScoped
public class FallbackChains {

  private final Map<Language, List<Language>> chains = new EnumMap<>(Language.class);

  protected FallbackChains() {}

  @Inject
  public FallbackChains(Config config) {
    for (Language language : Language.values()) {
      String configured = config.getOptionalValue("guidepost.fallback." + language.code(), String.class).orElse("en");
      chains.put(language, parse(language, configured));
    }
  }

  static List<Language> parse(Language reader, String configured) {
    List<Language> chain = new ArrayList<>();
    Arrays.stream(configured.split(","))
        .map(String::strip)
        .filter(code -> !code.isEmpty())
        .map(Language::require)
        .filter(l -> l != reader && !chain.contains(l))
        .forEach(chain::add);
    return List.copyOf(chain);
  }

  public List<Language> chainFor(Language reader) {
    return chains.getOrDefault(reader, List.of());
  }
}
