package app.guidepost.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Guidepost reads content and keeps its data. Each key is also an environment
 * variable ({@code GUIDEPOST_CONTENT_DIR}, {@code GUIDEPOST_DATA_DIR}).
 */
@ApplicationScoped
public class GuidepostSettings {

  @Inject
  @ConfigProperty(name = "guidepost.content.dir", defaultValue = "content")
  String contentDir;

  @Inject
  @ConfigProperty(name = "guidepost.data.dir", defaultValue = "data")
  String dataDir;

  /** The content folder ({@code articles/}, {@code guides/}), absolute and normalised. */
  public Path contentDir() {
    return Path.of(contentDir).toAbsolutePath().normalize();
  }

  /** The folder for the embedded database and the search index. */
  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  public Path indexDir() {
    return dataDir().resolve("index");
  }

  /** Where the lexicon last learned is kept for the next start. */
  public Path lexiconFile() {
    return dataDir().resolve("lexicon").resolve("learned.bin");
  }
}
