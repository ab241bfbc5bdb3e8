package app.guidepost.it;

import java.nio.file.Path;
import java.util.Map;

/** The lifecycle on the embedded default: an H2 file under the data folder. */
class H2LifecycleIT extends ContentLifecycleScenario {

  @Override
  Map<String, String> databaseSettings(Path dataDir) {
    return Map.of();
  }

  @Override
  String name() {
    return "h2";
  }
}
